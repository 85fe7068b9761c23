import { createConnection, createServer, type Socket } from 'node:net';

/**
 * A TCP relay to one local port that a test can cut: every connection through it dropped and
 * new ones refused until `restore`. One instance's route to Redis, so only that instance loses it.
 */
export class CuttableProxy {
  private readonly sockets = new Set<Socket>();
  private cutOff = false;
  private readonly server = createServer((client) => this.relay(client));
  private listeningPort = 0;

  private constructor(private readonly targetPort: number) {}

  static async start(targetPort: number): Promise<CuttableProxy> {
    const proxy = new CuttableProxy(targetPort);
    await new Promise<void>((resolve) => proxy.server.listen(0, '127.0.0.1', resolve));
    const address = proxy.server.address();
    proxy.listeningPort = typeof address === 'object' && address ? address.port : 0;
    return proxy;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.listeningPort}`;
  }

  /** Open connections through the relay. */
  get connections(): number {
    return this.sockets.size / 2;
  }

  cut(): void {
    this.cutOff = true;
    for (const socket of this.sockets) socket.destroy();
  }

  restore(): void {
    this.cutOff = false;
  }

  close(): Promise<void> {
    this.cut();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private relay(client: Socket): void {
    if (this.cutOff) return void client.destroy();
    const upstream = createConnection({ port: this.targetPort, host: '127.0.0.1' });
    for (const [from, to] of [[client, upstream], [upstream, client]] as const) {
      this.sockets.add(from);
      from.on('error', () => to.destroy());
      from.on('close', () => {
        this.sockets.delete(from);
        to.destroy();
      });
      from.pipe(to);
    }
  }
}
