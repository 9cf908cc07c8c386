#!/usr/bin/env node
// incident-issues CLI: the action's bundle in its CLI role (src/index.ts).
globalThis.incidentIssuesCli = true
await import('../index.js')
