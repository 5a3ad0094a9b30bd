// Build time: one page per workshop card and locale, for the room and for the presenter view.
import type { Translator } from '../i18n/translator.ts';
import type { WorkshopData } from '../schemas/workshop.ts';
import { getCatalog } from './catalog.ts';
import { builtLocales } from './config.ts';

export async function workshopPages() {
  const catalog = await getCatalog();
  return builtLocales.flatMap((locale) => catalog.workshops(locale).map((w) => ({ params: { locale, workshop: w.name }, props: { workshop: w.data } })));
}

/** A language's cards as the workshop pages list them: the cases, then the exercises, each under its heading. */
export function workshopGroups(workshops: WorkshopData[], { t }: Translator) {
  return [
    { kind: 'case', heading: t('workshop.cases'), items: workshops.filter((w) => w.kind === 'case') },
    { kind: 'exercise', heading: t('workshop.exercises'), items: workshops.filter((w) => w.kind === 'exercise') },
  ] as const;
}
