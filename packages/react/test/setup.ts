import { configure } from '@testing-library/react';

// The contract tests talk to a real Prism server, and the others page through whole lists; on a
// loaded CI machine that can take seconds, longer than testing-library's one-second default.
configure({ asyncUtilTimeout: 15_000 });
