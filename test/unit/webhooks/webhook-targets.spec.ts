import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { fetch } from 'undici';
import { isPrivateAddress, privateTargetProblem, webhookAgent } from '../../../src/modules/webhooks/webhook-targets';

describe('isPrivateAddress', () => {
  it.each([
    '127.0.0.1',
    '127.8.9.10',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '::1',
    '::',
    'fd12:3456::1',
    'fe80::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '::7f00:1',
    '64:ff9b::a00:5',
    '2002:a00:5::1',
    '2001:0:4136:e378::1',
    'fec0::1',
  ])('refuses %s', (address) => expect(isPrivateAddress(address)).toBe(true));

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('allows %s', (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });
});

describe('privateTargetProblem', () => {
  it.each([
    'http://localhost:9000/hook',
    'http://LOCALHOST./hook',
    'http://api.localhost/hook',
    'http://127.1/hook',
    'http://0x7f000001/hook',
    'http://2130706433/hook',
    'http://[::1]:8080/hook',
    'http://[::ffff:127.0.0.1]/hook',
    'https://169.254.169.254/latest/meta-data/',
    'https://10.0.0.5/hook',
  ])('names the problem of %s', (url) => {
    expect(privateTargetProblem(url)).toMatch(/must not point to/);
  });

  it.each(['https://clinic.example/hooks/dermaplan', 'https://93.184.216.34/hook', 'https://[2606:4700:4700::1111]/hook'])('accepts %s', (url) => {
    expect(privateTargetProblem(url)).toBeNull();
  });
});

describe('webhookAgent', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    server = createServer((_req, res) => res.end('ok'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('refuses to connect where a host name resolves to a private address, when private targets are off', async () => {
    const agent = webhookAgent(false);
    try {
      const failure = await fetch(`http://localhost:${port}/`, { dispatcher: agent }).catch((error: unknown) => error as Error & { cause?: Error });
      expect(failure).toBeInstanceOf(Error);
      expect((failure as Error & { cause?: Error }).cause?.message).toMatch(/localhost resolves to a private address/);
    } finally {
      await agent.close();
    }
  });

  it('connects when private targets are allowed', async () => {
    const agent = webhookAgent(true);
    try {
      const response = await fetch(`http://localhost:${port}/`, { dispatcher: agent });
      expect(await response.text()).toBe('ok');
    } finally {
      await agent.close();
    }
  });
});
