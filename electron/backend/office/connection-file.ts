/** In the data folder: how this workstation reaches the office database (never the password); while it is there, the office book is opened. */
export const officeConnectionFileName = 'office-connection.json';
