import { findLinks } from '../text/links';
import { linkKindsOf } from './link-kinds';

const kindsOf = (text: string) => linkKindsOf(text, findLinks(text));

describe('link kinds', () => {
  it('names a promoter destination by its host and path', () => {
    expect(kindsOf('https://www.facebook.com/teeLaLaLa')).toEqual(['social']);
    expect(kindsOf('http://www.twitch.tv/somebody')).toEqual(['social']);
    expect(kindsOf('gofundme.com/grwmps')).toEqual(['fundraiser']);
    expect(kindsOf('http://www10.vakinha.com.br/VaquinhaE.aspx?e=313327')).toEqual(['fundraiser']);
    expect(kindsOf('http://www.ebay.com/itm/171183229277?ssPageName=STRK')).toEqual(['shop']);
    expect(kindsOf('http://www.amazon.com/Some-Book/dp/B00MPPQHRI/ref=sr_1_7')).toEqual(['shop']);
    expect(kindsOf('http://hackfb.example.com/?ref=4604617')).toEqual(['referral']);
    expect(kindsOf('http://binbox.io/1FIRo#123')).toEqual(['locker']);
    expect(kindsOf('https://youtu.be/CevxZvSJLk8')).toEqual(['video']);
  });

  it('reads one post on a social platform as a citation, not an account being promoted', () => {
    expect(kindsOf('PIB ने यहाँ बताया: https://twitter.com/PIB_India/status/1790000000000')).toEqual(['post']);
    expect(kindsOf('https://www.facebook.com/ndtv/posts/10159999')).toEqual(['post']);
    expect(kindsOf('https://www.instagram.com/p/Cx12ab/')).toEqual(['post']);
  });

  it('gives ordinary pages, news sites and a news link with a ref code no kind', () => {
    expect(kindsOf('बहुत अच्छा लेख। धन्यवाद लिंक: https://example.org/x')).toEqual([]);
    expect(kindsOf('https://www.thehindu.com/news/national/article123.ece?ref=hp')).toEqual([]);
    expect(kindsOf('no links here, just words.')).toEqual([]);
  });
});
