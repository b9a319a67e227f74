import type { AppStatus } from '../../../shared/model';
import { useQuery } from '../../api/use-query';
import { ErrorMessage } from '../../components/error-message';
import { lazyScreen } from '../../components/lazy-screen';
import { Loading } from '../../components/loading';

// The fields and the schema they are checked with are fetched when the form is shown, so the
// first screen of a book on this computer loads neither (issue 17).
const ConnectForm = lazyScreen(() => import('./office-connect-fields').then((fields) => fields.ConnectForm));

export interface OfficeConnectFormProps {
  /** Called with the status the office book opened with. */
  onConnected: (status: AppStatus) => void;
  submitLabel?: string;
}

/**
 * "Connect to the office database": where the server is, which database, your own sign-in name
 * and password, and how the connection is encrypted. Starts from the connection saved on this
 * workstation. The password goes to main once, to sign in; it is never sent back.
 */
export function OfficeConnectForm(props: OfficeConnectFormProps) {
  const form = useQuery('office:connection');
  if (form.error) return <ErrorMessage error={form.error} onRetry={form.reload} />;
  if (!form.data) return <Loading />;
  return <ConnectForm {...props} saved={form.data.saved} canRemember={form.data.canRemember} />;
}
