// What other features use of sign-in: they import it from here, never its files (lint: boundaries/entry-point).
export { NewPasswordFields, describeNewPasswordIssue, newPasswordLabels, withRepeatedPassword } from './new-password-fields';
