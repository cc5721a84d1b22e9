import { checkTarget, isForbiddenAddress } from './address-policy';

describe('webhook address policy', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    '::',
    'fe80::1',
    'fd00:ec2::254',
    '::ffff:127.0.0.1',
    '::ffff:169.254.169.254',
    '64:ff9b::a9fe:a9fe',
    '224.0.0.1',
    'not-an-ip',
  ])('refuses %s', (address) => expect(isForbiddenAddress(address)).toBe(true));

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700::1111'])('accepts %s', (address) =>
    expect(isForbiddenAddress(address)).toBe(false),
  );

  it('refuses private literals, localhost and plain http unless allowed', async () => {
    await expect(checkTarget('https://127.0.0.1/hook', false)).rejects.toThrow(/private/);
    await expect(checkTarget('https://[::1]/hook', false)).rejects.toThrow(/private/);
    await expect(checkTarget('https://localhost/hook', false)).rejects.toThrow(/private/);
    await expect(checkTarget('http://93.184.216.34/hook', false)).rejects.toThrow(/https/);
    await expect(checkTarget('https://user:pw@93.184.216.34/hook', false)).rejects.toThrow(/credentials/);
    await expect(checkTarget('ftp://93.184.216.34/', true)).rejects.toThrow(/https/);
    await expect(checkTarget('http://127.0.0.1:9/hook', true)).resolves.toMatchObject({
      address: '127.0.0.1',
      family: 4,
    });
    await expect(checkTarget('https://93.184.216.34/hook', false)).resolves.toMatchObject({
      address: '93.184.216.34',
    });
  });
});
