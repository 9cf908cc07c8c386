import { main } from './main.js'

/* The only module with a top-level effect. */
await main()
