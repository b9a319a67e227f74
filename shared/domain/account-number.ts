/** How account numbers are shown: never whole, only their last four letters or digits. */

/** "•••• 4821": only the last four letters or digits of an account number are ever shown. */
export function maskAccount(accountNumber: string): string {
  const chars = accountNumber.replace(/[^A-Za-z0-9]/g, '');
  return `•••• ${chars.slice(-4)}`;
}

/** The last four characters, for labels ("ending 4821"). */
export function accountLastFour(accountNumber: string): string {
  return accountNumber.replace(/[^A-Za-z0-9]/g, '').slice(-4);
}
