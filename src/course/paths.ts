// Page paths inside the build, relative to its root (the shell pages live there).

export const lessonPath = (locale: string, lessonId: string) => `${locale}/${lessonId}.html`;

export const shellPath = (locale?: string) => (locale ? `start-${locale}.html` : 'index.html');
