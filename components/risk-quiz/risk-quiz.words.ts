// The words of <mg-risk-quiz>: questions, hints, answers, the result's sentences and its advice (ids from
// src/rules/risk-quiz.ts → sentences). Functions, so they follow the locale at render time.
import { msg, str } from '@lit/localize';
import type { RiskNextStepId, RiskReport } from '../../src/rules/risk-quiz.js';
import { assessedFromMonths } from '../../src/rules/risk-quiz.js';
import { olderAgeFromYears } from '../../src/data/risk-factors.js';
import { formatNumber } from '../base/format.js';
import { answerWords, childHint, kidneyQuestion, lifeStageQuestion, sexWords } from '../base/reader-words.js';

type Words = Readonly<Partial<Record<string, () => string>>>;

const olderAge = () => formatNumber(olderAgeFromYears());

/** The legend of each question. */
export const questions: Words = {
  'age-group': () => msg('Hvor gammel er du?', { id: 'quiz.q.age-group' }),
  'older-age': () => msg(str`Er du ${olderAge()} år eller ældre?`, { id: 'quiz.q.older-age' }),
  sex: () => msg('Er du kvinde eller mand?', { id: 'quiz.q.sex' }),
  'life-stage': lifeStageQuestion,
  alcohol: () => msg('Drikker du meget alkohol, og har du gjort det længe?', { id: 'quiz.q.alcohol' }),
  malabsorption: () =>
    msg('Har du en tarmsygdom, eller er du blevet opereret i tarmen, så du optager næring dårligt?', {
      id: 'quiz.q.malabsorption',
    }),
  'chronic-diarrhoea': () =>
    msg('Har du haft diarré eller kastet op i lang tid eller igen og igen?', { id: 'quiz.q.chronic-diarrhoea' }),
  laxatives: () => msg('Tager du fast et afføringsmiddel uden magnesium?', { id: 'quiz.q.laxatives' }),
  ppi: () => msg('Har du taget syrehæmmende medicin (protonpumpehæmmer) i mindst tre måneder?', { id: 'quiz.q.ppi' }),
  diuretics: () => msg('Tager du vanddrivende medicin?', { id: 'quiz.q.diuretics' }),
  'magnesium-lowering-medicines': () =>
    msg('Får du medicin, der kan sænke magnesium i blodet?', { id: 'quiz.q.magnesium-lowering-medicines' }),
  'type-2-diabetes': () => msg('Har du type 2-diabetes?', { id: 'quiz.q.type-2-diabetes' }),
  'low-intake-diet': () =>
    msg('Spiser du sjældent fuldkorn, nødder, kerner, bønner, linser og grønne grøntsager?', {
      id: 'quiz.q.low-intake-diet',
    }),
  athlete: () => msg('Træner du hårdt og sveder meget flere gange om ugen?', { id: 'quiz.q.athlete' }),
  stress: () => msg('Har du været meget stresset i lang tid?', { id: 'quiz.q.stress' }),
  'kidney-disease': kidneyQuestion,
  'magnesium-products': () =>
    msg('Tager du Magnesia eller et andet middel med magnesium?', { id: 'quiz.q.magnesium-products' }),
};

/** The heading of each step of the quiz (src/rules/risk-quiz.ts `quizSteps`): the same whatever is answered. */
export function stepTitle(id: string): string {
  switch (id) {
    case 'age':
      return msg('Din alder', { id: 'quiz.step.age' });
    case 'sex':
      return msg('Om dig', { id: 'quiz.step.about-you' });
    case 'gut':
      return msg('Mave og tarm', { id: 'quiz.step.gut' });
    case 'laxatives-and-acid':
      return msg('Afføringsmidler og syrehæmmende medicin', { id: 'quiz.step.laxatives-and-acid' });
    case 'medicines':
      return msg('Vanddrivende og anden medicin', { id: 'quiz.step.medicines' });
    case 'diseases':
      return msg('Diabetes og nyrer', { id: 'quiz.step.diseases' });
    case 'alcohol-and-diet':
      return msg('Alkohol og kost', { id: 'quiz.step.alcohol-and-diet' });
    case 'training-and-stress':
      return msg('Træning og stress', { id: 'quiz.step.training-and-stress' });
    case 'magnesium-products':
      return msg('Midler med magnesium', { id: 'quiz.step.magnesium-products' });
    default:
      // A risk factor the dataset added without a step of its own: its question is the heading.
      return questions[id]?.() ?? id;
  }
}

/** One line under a question that says what it covers (none where the question says it all). */
export const hints: Words = {
  'age-group': childHint,
  sex: () =>
    msg('Vi spørger kun for at vide, om spørgsmålene om graviditet og amning er relevante for dig.', {
      id: 'quiz.hint.sex',
    }),
  alcohol: () => msg('Langt mere end sundhedsmyndighederne råder til, måned efter måned.', { id: 'quiz.hint.alcohol' }),
  malabsorption: () =>
    msg(
      'For eksempel cøliaki, Crohns sygdom eller colitis ulcerosa, en gastric bypass, eller hvis du har fået fjernet en del af tarmen.',
      { id: 'quiz.hint.malabsorption' },
    ),
  'chronic-diarrhoea': () =>
    msg('Ikke en enkelt omgang maveinfektion, men noget, der varer ved eller vender tilbage.', {
      id: 'quiz.hint.chronic-diarrhoea',
    }),
  laxatives: () =>
    msg('For eksempel bisacodyl, natriumpicosulfat eller senna, brugt i lang tid. Magnesia spørger vi om til sidst.', {
      id: 'quiz.hint.laxatives',
    }),
  ppi: () =>
    msg('For eksempel omeprazol, pantoprazol, lansoprazol eller esomeprazol mod halsbrand eller mavesår.', {
      id: 'quiz.hint.ppi',
    }),
  diuretics: () =>
    msg(
      'Stærkt vanddrivende medicin som furosemid og bumetanid, eller thiazider som bendroflumethiazid og hydrochlorthiazid, der også bruges mod forhøjet blodtryk. Kaliumbesparende midler som spironolacton tæller ikke med.',
      { id: 'quiz.hint.diuretics' },
    ),
  'magnesium-lowering-medicines': () =>
    msg(
      'For eksempel ciclosporin eller tacrolimus efter en transplantation, cisplatin og anden platinbaseret kemoterapi, aminoglykosider (en slags antibiotika), amphotericin B, foscarnet, pentamidin eller antistoffer mod EGFR som cetuximab.',
      { id: 'quiz.hint.magnesium-lowering-medicines' },
    ),
  'low-intake-diet': () => msg('Det er de fødevarer, der giver mest magnesium.', { id: 'quiz.hint.low-intake-diet' }),
  'kidney-disease': () =>
    msg('Også hvis lægen har sagt, at dine nyrer ikke arbejder helt, som de skal.', {
      id: 'quiz.hint.kidney-disease',
    }),
  'magnesium-products': () =>
    msg(
      'For eksempel Magnesia mod forstoppelse eller et syreneutraliserende middel med magnesium mod halsbrand. Det ændrer ikke dit resultat.',
      { id: 'quiz.hint.magnesium-products' },
    ),
};

/** The label of a non-yes/no answer (sex, life stage), and of yes / no / don't know. */
export function optionLabel(questionId: string, value: string): string {
  if (questionId === 'sex') {
    return value === 'female' ? sexWords.female() : sexWords.male();
  }
  if (questionId === 'life-stage') {
    if (value === 'pregnant') return msg('Ja, jeg er gravid', { id: 'quiz.life-stage.pregnant' });
    if (value === 'lactating') return msg('Ja, jeg ammer', { id: 'quiz.life-stage.lactating' });
    return answerWords.no();
  }
  return answerWords[value as keyof typeof answerWords]?.() ?? value;
}

/** The short name of a risk group in the result. */
export const factorNames: Words = {
  alcohol: () => msg('Meget alkohol gennem længere tid', { id: 'quiz.factor.alcohol' }),
  malabsorption: () => msg('Tarmsygdom eller tarmoperation', { id: 'quiz.factor.malabsorption' }),
  'chronic-diarrhoea': () => msg('Langvarig diarré eller opkastning', { id: 'quiz.factor.chronic-diarrhoea' }),
  laxatives: () => msg('Fast brug af afføringsmiddel', { id: 'quiz.factor.laxatives' }),
  ppi: () => msg('Syrehæmmende medicin i lang tid', { id: 'quiz.factor.ppi' }),
  diuretics: () => msg('Vanddrivende medicin', { id: 'quiz.factor.diuretics' }),
  'magnesium-lowering-medicines': () =>
    msg('Medicin, der kan sænke magnesium', { id: 'quiz.factor.magnesium-lowering-medicines' }),
  'type-2-diabetes': () => msg('Type 2-diabetes', { id: 'quiz.factor.type-2-diabetes' }),
  'older-age': () => msg(str`${olderAge()} år eller ældre`, { id: 'quiz.factor.older-age' }),
  'low-intake-diet': () => msg('Kost med få magnesiumkilder', { id: 'quiz.factor.low-intake-diet' }),
  pregnancy: () => msg('Graviditet eller amning', { id: 'quiz.factor.pregnancy' }),
  athlete: () => msg('Hård træning med meget sved', { id: 'quiz.factor.athlete' }),
  stress: () => msg('Stress', { id: 'quiz.factor.stress' }),
};

/** The one sentence that states the result in group terms; also what the live region announces. */
export function levelSentence(report: RiskReport): string {
  switch (report.level) {
    case 'not-assessed':
      return msg(
        str`Quizzen gælder ikke børn under ${formatNumber(assessedFromMonths() / 12)} år. Spørg barnets læge, hvis du er i tvivl om, hvorvidt barnet får magnesium nok.`,
        { id: 'quiz.level.not-assessed' },
      );
    case 'high':
      return msg('Du tilhører en gruppe med veldokumenteret risiko for magnesiummangel.', { id: 'quiz.level.high' });
    case 'moderate':
      return msg('Du tilhører en gruppe med nogen dokumenteret risiko for magnesiummangel.', {
        id: 'quiz.level.moderate',
      });
    case 'unknown':
      return msg(
        'Vi kan ikke sige, om du hører til en risikogruppe for magnesiummangel, for du svarede »Ved ikke« til nogle af spørgsmålene.',
        { id: 'quiz.level.unknown' },
      );
    case 'low':
      return report.factors.length > 0
        ? msg('Du tilhører kun grupper, hvor en øget risiko for magnesiummangel er dårligt dokumenteret.', {
            id: 'quiz.level.low-weak',
          })
        : msg('Du tilhører ingen af de kendte risikogrupper for magnesiummangel.', { id: 'quiz.level.low-none' });
  }
}

/** The kidney-disease warning of the result. */
export const kidneyWords = {
  title: () => msg('Tal med din læge, før du tager noget med magnesium.', { id: 'quiz.kidney.title' }),
  body: () =>
    msg(
      'Nyrerne skal kunne skille sig af med det magnesium, kroppen ikke bruger. Ved nedsat nyrefunktion kan tilskud derfor være farligt.',
      { id: 'quiz.kidney.body' },
    ),
  products: () =>
    msg('Det gælder også Magnesia og andre midler med magnesium, som du allerede tager.', {
      id: 'quiz.kidney.products',
    }),
};

/** The result as lines of text for copying (the same statements as on screen, in the same order). */
export function resultLines(report: RiskReport): string[] {
  const lines = [levelSentence(report)];
  if (report.uncertainStronger.length > 0) lines.push(strongerUncertainLine(report));
  if (report.level === 'not-assessed') return lines;
  lines.push(notProbability());
  if (report.contraindications.length > 0) {
    lines.push(`${kidneyWords.title()} ${kidneyWords.body()}`);
    if (report.pointsToDoseChecker) lines.push(kidneyWords.products());
  }
  const names = (ids: readonly string[]) => ids.map((id) => `- ${factorNames[id]?.() ?? id}`);
  if (report.factors.length > 0)
    lines.push(msg('Dine risikogrupper:', { id: 'quiz.copy.factors' }), ...names(report.factors));
  if (report.uncertain.length > 0)
    lines.push(msg('Du svarede »Ved ikke« til:', { id: 'quiz.copy.uncertain' }), ...names(report.uncertain));
  lines.push(msg('Det kan du gøre:', { id: 'quiz.copy.next' }), ...report.nextSteps.map((id) => `- ${nextStep(id)}`));
  return lines;
}

/** Risk groups answered "ved ikke" that are better documented than the groups answered "yes". */
export function strongerUncertainLine(report: RiskReport): string {
  const names = report.uncertainStronger.map((id) => factorNames[id]?.() ?? id).join('; ');
  return msg(str`Du svarede »Ved ikke« til: ${names}. Det kan betyde en større risiko end resultatet ovenfor.`, {
    id: 'quiz.uncertain-stronger',
  });
}

export const notProbability = (): string =>
  msg(
    'Det beskriver grupper, ikke din personlige risiko: mange i en risikogruppe mangler ikke magnesium, og man kan mangle magnesium uden at høre til en risikogruppe.',
    { id: 'quiz.not-probability' },
  );

/** One line of the result's advice. */
export function nextStep(id: RiskNextStepId): string {
  switch (id) {
    case 'doctor-about-symptoms':
      return msg(
        'Tal med din læge om det, især hvis du har symptomer som muskelkramper, muskeltrækninger eller hjertebanken.',
        { id: 'quiz.next.high' },
      );
    case 'magnesium-rich-food':
      return msg('Spis magnesiumrige fødevarer hver dag: fuldkorn, nødder, kerner, bælgfrugter og grønne grøntsager.', {
        id: 'quiz.next.magnesium-rich-food',
      });
    case 'doctor-if-symptoms':
      return msg('Tal med din læge, hvis du har symptomer som muskelkramper eller hjertebanken.', {
        id: 'quiz.next.doctor-if-symptoms',
      });
    case 'varied-diet':
      return msg('De fleste får magnesium nok gennem en varieret kost, og tilskud er sjældent nødvendigt.', {
        id: 'quiz.next.low',
      });
    case 'own-diet-advice':
      return msg(
        'Følg den kostvejledning, du har fået af lægen eller diætisten. Ved nyresygdom kan nødder, bælgfrugter og fuldkorn give for meget kalium og fosfat.',
        { id: 'quiz.next.own-diet-advice' },
      );
    case 'find-out-unknown':
      return msg(
        'Spørg på apoteket, hvad den medicin, du tager, hedder og gør, eller tal med din læge om de spørgsmål, du ikke kunne svare på.',
        { id: 'quiz.next.find-out-unknown' },
      );
    case 'blood-test-ppi-diuretics':
      return msg(
        'Tager du både syrehæmmende og vanddrivende medicin i lang tid, så spørg lægen, om du skal have målt magnesium i blodet.',
        { id: 'quiz.next.blood-test-ppi-diuretics' },
      );
    case 'pharmacy-before-supplement':
      return msg(
        'Tager du medicin, så spørg på apoteket, før du begynder på et magnesiumtilskud: magnesium kan nedsætte optagelsen af visse lægemidler.',
        { id: 'quiz.next.pharmacy' },
      );
    case 'check-total-magnesium':
      return msg(
        'Magnesia og lignende midler giver dig magnesium og tæller ikke som en risiko. Tager du også tilskud, så tjek, hvor meget magnesium du får i alt.',
        { id: 'quiz.products' },
      );
  }
}
