/**
 * The learner's name as people write it. LMSs give it as SCORM 1.2 asks, "Surname, Given"
 * (Moodle does in both editions), which reads like a filing card on a screen: turned round
 * to "Given Surname". A name with no comma, or more than one, stays as it is.
 */
export function displayName(fromLms: string): string {
  const parts = fromLms.split(',').map((part) => part.trim());
  return parts.length === 2 && parts[0] && parts[1] ? `${parts[1]} ${parts[0]}` : fromLms.trim();
}
