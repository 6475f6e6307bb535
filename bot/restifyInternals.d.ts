// The two restify modules bot/server.ts builds its server from (restify ships types for its index only).
declare module 'restify/lib/router.js' {
  const Router: new (options: object) => unknown;
  export default Router;
}
declare module 'restify/lib/server.js' {
  import type { Server } from 'restify';
  const RestifyServer: new (options: object) => Server;
  export default RestifyServer;
}
