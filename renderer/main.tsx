import './styles/index.css';
import { createDefaultApi } from './api';
import { bootApi } from './api/boot';
import { rememberedCurrentUser } from './app/current-user';
import { firstScreenQuery } from './app/first-screen';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

// The first screen's data in one call, asked as soon as this small script runs: the host answers it while the rest of
// the app is fetched and evaluated (about 80 ms on the M book), and the screens' own calls are answered from it.
const booted = bootApi(createDefaultApi(), firstScreenQuery(window.location.hash, rememberedCurrentUser()));
void import('./start').then(({ start }) => start(root, booted));
