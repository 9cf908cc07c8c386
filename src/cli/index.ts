#!/usr/bin/env node
import { cli, processIo } from './lint.js'

/* The bin's only effect: run the CLI on the process arguments. */
process.exitCode = await cli(process.argv.slice(2), processIo)
