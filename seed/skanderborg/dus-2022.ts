// Direktionens UdviklingsSpor 2022 (source 003), verbatim: three tracks with the text of their
// "SPOR" pages, the five requirements of "Opsamlende skal kontrakterne" and the minimum content.
import type { SeedStrategy } from '../types';

export const dus2022: SeedStrategy = {
  key: 'sk-dus-2022',
  source: 'skanderborgDus2022',
  year: 2022,
  title: 'Direktionens UdviklingsSpor 2022',
  intro: [
    'Skanderborg Kommune vokser, og væksten er en udfordring i mange dele af organisationen. I årets DUS er ambitionen at sætte fokus på helhed og sammenhæng i opgaveløsningen, så vores organisation også fremover kan bidrage og understøtte de ambitioner og mål for vækst og udvikling, som Byrådet fastsætter.',
    'Vi skal blive endnu bedre til at omsætte Byrådets beslutninger og til at følge op på, hvad der virker for vores borgere. Det kræver blandt andet god ledelse, bedre styring og en bæredygtig organisation.',
    'I år tager DUS udgangspunkt i Klar til fremtiden, som Byrådet har vedtaget. Klar til fremtiden sætter rammen for den organisatoriske og kulturmæssige udvikling af organisationen Skanderborg Kommune de kommende år. Direktionen har med baggrund i Klar til fremtiden udpeget tre udviklingsspor, som kontrakt- og aftaleholdere skal arbejde med i årets kontrakter og aftaler.'
  ].join('\n'),
  // "Kontrakter og aftaler indgås ved årsskiftet efter en plan, som meldes ud fra
  // fagsekretariatene": the document gives no dates.
  deadlines: [],
  // "De skal indeholde formål, beskrivelse af hvilke aktiviteter der igangsættes, og hvordan der
  // følges op på virkningerne."
  goalTemplate: 'sections',
  minimumGoalContent: ['purpose', 'activities', 'followUpMethod'],
  tracks: [
    {
      kind: 'track',
      number: 1,
      title: 'Bedre eksekvering af Byrådets beslutninger',
      description: [
        'Fælles for alle os ansatte i Skanderborg Kommune er, at vi arbejder i en politisk styret organisation, og vi har en stærk forpligtelse overfor fællesskabet; Skanderborg Kommune.',
        'Derfor er det en central opgave for kontrakt- og aftaleholderne at sikre sammenhæng og tydelighed fra Byrådets beslutninger til de konkrete indsatser og den virkning, de har for borgere, virksomheder og lokalsamfund.',
        'Kontrakt- og aftaleholdere har et stort ansvar – måske endda et større ansvar end i andre kommuner, da det er kontrakt- og aftaleholdere, der jf. Skanderborgmodellen, er ansvarlige for, at Byrådets beslutninger bliver til virkelighed for borgerne. Det har Byrådet præciseret med Klar til fremtiden.',
        'Alle kontrakt- og aftaleholdere skal derfor forholde sig til, hvordan de konkret vil sørge for, at Byrådets politikker, standarder og budgetbeslutninger for området bliver ført ud i livet. De valgte indsatser i kontrakterne skal adresseres i forhold til dette.',
        'Udviklingsmålene kan være lokalt forankrede, eller de kan være fælles på tværs af kontraktområder. Det er vigtigt, at målene klart beskriver, hvad der skal arbejdes med, og hvordan der følges op på virkningen af dem. Formålet er i sidste ende at øge eksekveringsgraden af de politiske beslutninger, så de får virkning for borgerne og tydeliggør den røde tråd fra Byråd til borger.'
      ].join('\n')
    },
    {
      kind: 'track',
      number: 2,
      title: 'God ledelse og bæredygtig organisation',
      // The track's sub-headings are kept as headings ("# ", documentText.ts), as the DUS prints them.
      description: [
        'God ledelse og bæredygtig organisation - helhed og sammenhæng i opgaveløsningerne',
        'Skanderborg Kommunes markante vækst kræver god ledelse, en bæredygtig organisation samt helhed og sammenhæng i opgaveløsningerne. Det kalder også på en organisation, hvor kontrakt- og aftaleholdere forpligter sig på den tværgående prioritering af ressourcer og en stram økonomisk styring.',
        '# Ansvar for helhed og sammenhæng',
        'Vi er alle en del af fællesskabet Skanderborg Kommune og vores Fælles Vi vægter højt. Det gør vi samtidigt med, at vi insisterer på en udstrakt decentral frihed, fordi vi værdsætter den lokale indflydelse, hvor de bedste resultater skabes tæt på - og sammen med - borgere, virksomheder mv.',
        'Den kraftige vækst kalder på et skærpet strategisk fokus på organisationens samlede evne til at få mest muligt ud af de ressourcer, der er til rådighed. Derfor er det vigtigt, at vi har fokus på balancen mellem det "Fælles Vi" og den decentrale frihed, og at aftale- og kontraktholderne tager del i en fælles prioritering af ressourcer.',
        'Udviklingen i Skanderborg Kommune er afhængig af, at vi engang imellem siger SKAL fremfor KAN, og på den måde sætter en tydelig fælles retning. Kontrakt- og aftaleholdere skal også arbejde for fællesskabet og er forpligtet på at hjælpe hinanden – også på tværs af organisationen.',
        'Vi skal dele viden og ressourcer på tværs af fagområder, når opgaven kræver det. Eksempelvis ved udfordringer med rekruttering eller ved pres på kapacitet, hvor midlertidige udlån af medarbejderressourcer eller lokaler på eks. ældrecentre eller idrætsfaciliteter til børneområdet kan være med til at afhjælpe problemer.',
        'Den fælles tværgående koordinering skal styrkes med afsæt i \'opgaven\'. Der skal arbejdes sammen med borgere, virksomheder og eksterne samarbejdspartnere for at finde fleksible løsninger ud fra en helhedsbetragtning og med udgangspunkt i, hvad opgaven kræver, og hvad der skaber værdi. Kort sagt, vi skal jagte en "løsningssøgende" kultur, hvor vi siger: mindre "nej"; mere "ja", "ja hvis" eller "nej, men...".',
        '# Ledelsesgrundlag',
        'God ledelse gør en forskel. Derfor udarbejder koncernledelsen sammen med alle kontraktholdere et fælles forpligtende nyt ledelsesgrundlag for Skanderborg Kommune i efteråret 2021. Ledelsesgrundlaget skal erstatte nogle af de mange ønsker, krav og fortællinger, der i årets løb er opstået, så det bliver enkelt og tydeligt, hvad vi ledelsesmæssigt forventer af hinanden. Alle kontraktholdere skal arbejde med ledelsesgrundlaget, som en del af målene for 2022. Der vil blive udarbejdet et materiale, der kan understøtte denne proces.',
        '# Ledelsesspænd',
        'Ledere skal have både opgaver og ansvar. Alle kontrakt- og aftaleholdere skal forholde sig til deres eget ledelsesspænd og de øvrige ledes ledelsesspænd på arbejdspladsen på baggrund af de formulerede principper for ledelsesspænd. Materiale kan ses [her](#).',
        '# Sygefravær',
        'Et højt sygefravær går ud over kvaliteten af opgaveløsningen og arbejdsmiljøet, og det er dyrt. Alle kontrakt- og aftaleholdere skal derfor formulere udviklingsmål, der fastsætter mål for, hvor højt sygefraværet skal være lokalt på arbejdspladsen og som tydeliggør, hvordan man vil arbejde for at nå målene og følge op på, om de nås. Der vil i blive introduceret nye ledelsesværktøjer til at arbejde med at nedbringe sygefraværet.',
        '# Tværgående samarbejde',
        'Vi har i direktionen en klar forventning om, at der i udviklingsmålene og generelt er et ledelsesmæssigt fokus på helhedsorienteret og sammenhængende organisering og opgaveløsning, hvor det er kommunens ansatte, som arbejder på tværs af afdelinger og binder indsatserne sammen over for borgere og virksomheder. Til at understøtte det arbejde, er der udarbejdet et materiale, som kan hentes [her](#).',
        'Alle kontrakt- og aftaleholdere skal forholde sig til, hvordan helhed og sammenhæng i opgaveløsningen sikres gennem det tværgående samarbejde.'
      ].join('\n')
    },
    {
      kind: 'track',
      number: 3,
      title: 'Opfølgning og virkning for borgerne',
      description: [
        'Opfølgning på virkning for borgerne',
        'Vi skal fortsat blive bedre til at vise, hvilken virkning vores arbejde har for de mennesker, som indsatsen retter sig imod. Det skal være tydeligt, hvordan vi får omsat de politiske beslutninger til virkelighed på området, og hvad virkningen er af det, vi gør.',
        'Derfor skal alle kontrakt- og aftaleholdere tydeliggøre i kontrakter og aftaler, hvilke tiltag der igangsættes, og hvordan der følges op på virkningerne. Det er samtidig forventningen, at der på de årlige møder mellem direktionen og den enkelte kontraktholder og den løbende sparring med chefen for området kan redegøres for, hvad der er kommet ud af arbejdet med udviklingsmålene, og hvad der måske fortsat skal være fokus på. Det er aftalt med Byrådet, at Byrådet i starten af året præsenteres for udviklingsmålene i kontrakter og aftaler på et temamøde.',
        'Direktionen har også igangsat et forsøgsarbejde i forhold til, hvordan kontraktprocessen og opfølgningen bedst understøttes. Eksempelvis afprøves, om det giver mere værdi, hvis direktionen er med i den tidlige dialog i kontraktarbejdet og cheferne får opgaven med at følge op på kontrakterne.',
        'Direktionen giver med årets DUS kontrakt- og aftaleholderne en ”udfordringsret”: Hvis der er tiltag, administrative retningslinjer, opgaver eller andet som vurderes at være unødvendige i forhold til løsningen af kerneopgaven - vil direktionen gerne udfordres på, om opgaven kan bortfalde eller ændre karakter.'
      ].join('\n')
    }
  ],
  // "Opsamlende skal kontrakterne:". Descriptions are the paragraphs of SPOR 1 and SPOR 2 that
  // state the same demand at length.
  requirements: [
    {
      number: 1,
      appliesTo: 'agreement',
      title: 'Angive, hvordan der skal arbejdes med bedre eksekvering af Byrådets beslutninger.',
      description:
        'Alle kontrakt- og aftaleholdere skal derfor forholde sig til, hvordan de konkret vil sørge for, at Byrådets politikker, standarder og budgetbeslutninger for området bliver ført ud i livet. De valgte indsatser i kontrakterne skal adresseres i forhold til dette.'
    },
    {
      number: 2,
      appliesTo: 'agreement',
      title: 'Formulere udviklingsmål for implementering af ledelsesgrundlaget.',
      description:
        'God ledelse gør en forskel. Derfor udarbejder koncernledelsen sammen med alle kontraktholdere et fælles forpligtende nyt ledelsesgrundlag for Skanderborg Kommune i efteråret 2021. Ledelsesgrundlaget skal erstatte nogle af de mange ønsker, krav og fortællinger, der i årets løb er opstået, så det bliver enkelt og tydeligt, hvad vi ledelsesmæssigt forventer af hinanden. Alle kontraktholdere skal arbejde med ledelsesgrundlaget, som en del af målene for 2022. Der vil blive udarbejdet et materiale, der kan understøtte denne proces.'
    },
    {
      number: 3,
      appliesTo: 'agreement',
      title: 'Foretage en vurdering af eget ledelsesspænd i forhold til principper om ledelsesspænd.',
      description:
        'Ledere skal have både opgaver og ansvar. Alle kontrakt- og aftaleholdere skal forholde sig til deres eget ledelsesspænd og de øvrige ledes ledelsesspænd på arbejdspladsen på baggrund af de formulerede principper for ledelsesspænd.'
    },
    {
      number: 4,
      appliesTo: 'agreement',
      title: 'Opstille lokale mål for sygefravær.',
      description:
        'Et højt sygefravær går ud over kvaliteten af opgaveløsningen og arbejdsmiljøet, og det er dyrt. Alle kontrakt- og aftaleholdere skal derfor formulere udviklingsmål, der fastsætter mål for, hvor højt sygefraværet skal være lokalt på arbejdspladsen og som tydeliggør, hvordan man vil arbejde for at nå målene og følge op på, om de nås.'
    },
    {
      number: 5,
      appliesTo: 'agreement',
      title: 'Beskrive hvordan det tværgående samarbejde kan styrkes for at sikre helhed og sammenhæng i opgaveløsningen.',
      description:
        'Alle kontrakt- og aftaleholdere skal forholde sig til, hvordan helhed og sammenhæng i opgaveløsningen sikres gennem det tværgående samarbejde.'
    }
  ]
};
