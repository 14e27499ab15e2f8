#!/usr/bin/env node
// The published command: a file that exists before the package is built, so that installing the
// workspace links it, and that runs the built CLI.
import '../dist/main.js';
