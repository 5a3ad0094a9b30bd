// Percentages, days and durations, each as the page's language writes them. Safe in the browser and at build time.

export const percent = (locale: string, whole: number) => new Intl.NumberFormat(locale, { style: 'percent' }).format(whole / 100);

/** A `YYYY-MM-DD` day, written out the language's way ("30 November 2026", "30. listopadu 2026"). */
export function longDay(locale: string, day: string): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(year, month - 1, date));
}

/** Minutes as hours and minutes, in words ("1 hour, 12 minutes"). */
export function duration(locale: string, minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return new Intl.DurationFormat(locale, { style: 'long' }).format(hours ? { hours, minutes: minutes % 60 } : { minutes });
}
