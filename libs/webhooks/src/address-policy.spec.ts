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
    '2002:7f00:1::',
    '2002:a9fe:a9fe::1',
    'fec0::1',
    '2001:db8::1',
    '::7f00:1',
    '::127.0.0.1',
    '64:ff9b:1::a9fe:a9fe',
    '2001::1',
    '255.255.255.255',
    '192.88.99.1',
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

  it.each([
    'https://169.254.169.254/latest/meta-data/',
    'http://169.254.169.254/',
    'http://[fe80::1]/hook',
    'http://[fd00:ec2::254]/latest/meta-data/',
    'http://100.100.100.200/latest/meta-data/',
    'http://[::ffff:169.254.169.254]/',
    'http://[2002:a9fe:a9fe::1]/',
  ])('refuses link-local and metadata address %s even when private addresses are allowed', async (url) => {
    await expect(checkTarget(url, true)).rejects.toThrow(/link-local|metadata/);
  });

  it('still admits loopback and private addresses for development when allowed', async () => {
    await expect(checkTarget('http://10.0.0.7/hook', true)).resolves.toMatchObject({ address: '10.0.0.7' });
    await expect(checkTarget('http://[::1]:9/hook', true)).resolves.toMatchObject({ family: 6 });
  });
});
