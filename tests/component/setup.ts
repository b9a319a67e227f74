import '../../renderer/i18n';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());

// CI runs unit and component files in parallel on two cores; Testing Library's 1 s default for
// findBy* waits was seen to run out there while the screen was merely slow, not wrong.
configure({ asyncUtilTimeout: 5000 });
