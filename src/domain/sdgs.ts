// The UN Sustainable Development Goals (FN's verdensmål) 1-17 with their official Danish names,
// as the climate annex refers to them by number ("7 BÆREDYGTIG ENERGI", "13 KLIMAINDSATS").

export interface Sdg {
  number: number;
  /** Official Danish short name (FN-forbundet / verdensmaalene.dk). */
  title: string;
}

export const SDGS: readonly Sdg[] = [
  { number: 1, title: 'Afskaf fattigdom' },
  { number: 2, title: 'Stop sult' },
  { number: 3, title: 'Sundhed og trivsel' },
  { number: 4, title: 'Kvalitetsuddannelse' },
  { number: 5, title: 'Ligestilling mellem kønnene' },
  { number: 6, title: 'Rent vand og sanitet' },
  { number: 7, title: 'Bæredygtig energi' },
  { number: 8, title: 'Anstændige jobs og økonomisk vækst' },
  { number: 9, title: 'Industri, innovation og infrastruktur' },
  { number: 10, title: 'Mindre ulighed' },
  { number: 11, title: 'Bæredygtige byer og lokalsamfund' },
  { number: 12, title: 'Ansvarligt forbrug og produktion' },
  { number: 13, title: 'Klimaindsats' },
  { number: 14, title: 'Livet i havet' },
  { number: 15, title: 'Livet på land' },
  { number: 16, title: 'Fred, retfærdighed og stærke institutioner' },
  { number: 17, title: 'Partnerskaber for handling' }
];

export function isSdgNumber(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 17;
}

/** "7. Bæredygtig energi"; throws for a number outside 1-17, which is a programming error. */
export function sdgLabel(sdgNumber: number): string {
  const sdg = SDGS.find((s) => s.number === sdgNumber);
  if (!sdg) {
    throw new RangeError(`Verdensmål ${sdgNumber} findes ikke (gyldige numre er 1-17).`);
  }
  return `${sdg.number}. ${sdg.title}`;
}
