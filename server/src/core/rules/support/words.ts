/** Words several rules' advice shares. */

/** `write 'TCP': the protocol is case-sensitive`, for an enumeration value written in another case. */
export function writeInItsCase(value: string, what: string): string {
  return `write '${value}': the ${what} is case-sensitive`;
}
