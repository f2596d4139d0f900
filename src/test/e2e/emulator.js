// Starts the Bot API emulator on 127.0.0.1:<port> and prints "ready <port>" once it listens.
// The Java tests start and stop this process; they put a small shim in front of it for the
// methods the emulator lacks (see TelegramShim.java).
const TelegramServer = require('telegram-test-api');

const port = Number(process.argv[2] || 9000);
const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 600 });

server.start().then(() => {
  process.stdout.write(`ready ${port}\n`);
}).catch((err) => {
  process.stderr.write(`emulator failed to start: ${err}\n`);
  process.exit(1);
});

const stop = () => server.stop().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
