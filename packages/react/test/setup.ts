import { configure } from '@testing-library/react';

// The hooks talk to a real Prism server; on a loaded CI machine an answer can take seconds, longer
// than testing-library's one-second default for `waitFor`.
configure({ asyncUtilTimeout: 15_000 });
