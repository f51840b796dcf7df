// The Substitutions list (decision 0009): read whole (a municipality names a few hundred a year,
// far below the list view threshold; old ones are kept, as they back old decisions) and added to.
// Never updated or deleted: SharePoint refuses both ("Kun tilføj").
import type { SPFI } from '@pnp/sp';
import type { Substitution } from '../../domain/substitution';
import { isDataError } from '../errors/DataError';
import { ListStore, type Versioned } from './listStore';
import { substitutionMapping, type SubstitutionWrite } from './mappers/substitutionMapper';

export class SubstitutionRepository {
  private readonly store: ListStore<Substitution, SubstitutionWrite>;
  /** True once a read found no list (a site provisioned before it existed). */
  public missing = false;

  public constructor(sp: SPFI) {
    // An item someone broke by hand backs nothing; leaving it out can only take authority away.
    this.store = new ListStore(sp, substitutionMapping, { skipUnreadable: true });
  }

  /** Every substitution, oldest first. A site provisioned before the list existed has none (404). */
  public async all(): Promise<Substitution[]> {
    try {
      const found = await this.store.query({ indexedField: 'ID', orderBy: { field: 'ID', ascending: true } });
      return found.sort((a, b) => Date.parse(a.created) - Date.parse(b.created) || a.id - b.id);
    } catch (e) {
      if (isDataError(e) && e.kind === 'notFound') {
        this.missing = true;
        return [];
      }
      throw e;
    }
  }

  public add(value: SubstitutionWrite): Promise<Versioned<Substitution>> {
    return this.store.create(value);
  }
}
