import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { MAX_XML_DEPTH, XmlDepthError, XmlSyntaxError } from '../../../worker/xlsx/xml-errors.ts';
import { walkXmlBytes } from '../../../worker/xlsx/xml-walk.ts';
import { scanXml, visitStartTags } from '../../../worker/xlsx/xml-tokens.ts';
import { saxesEvents, scannerEvents } from '../../support/xml-events.ts';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Documents that are well-formed, each exercising something a part may hold. */
const WELL_FORMED: Record<string, string> = {
  'declaration, default namespace, prefixed attribute': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="指标 Indicators" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  'prefixed elements (strict and x: files)': `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
  'a prefix declared on the element that uses it': `<root><tablePart xmlns:r="${REL}" r:id="rId3"/><other r:id="x" xmlns:r="urn:late"/></root>`,
  'a prefix redeclared deeper and back out': `<a xmlns:p="urn:one"><b xmlns:p="urn:two" p:k="1"/><c p:k="2"/></a>`,
  'entities and character references': `<t a="&lt;&amp;&gt;&quot;&apos;&#65;&#x4E2D;">x &amp; y &lt; z &#x1F600; &#10;</t>`,
  'line ends in text and attributes': `<t a="one\r\ntwo\tthree\nfour">a\r\nb\rc\nd</t>`,
  'CDATA next to text, comments and instructions inside': `<t>before<![CDATA[ <not a tag> & ]]>after<!-- a comment --><?pi data?>end</t>`,
  'single quotes, spaces around =, > inside a value': `<t  a = 'x>"y'  b="1"  />`,
  'whitespace and comments outside the root': `<!-- head -->\n<root/>\n<!-- tail -->\n`,
  'rich text runs with phonetic guides': `<sst xmlns="${MAIN}"><si><r><t xml:space="preserve">湖州 </t></r><r><t>市</t></r><rPh sb="0" eb="1"><t>フ</t></rPh></si></sst>`,
  'a byte order mark before the declaration': `\uFEFF<?xml version="1.0"?><root a="1"/>`,
};

describe('the XML tokenizer', () => {
  for (const [name, xml] of Object.entries(WELL_FORMED)) {
    it(`reports what saxes reports: ${name}`, () => {
      const expected = saxesEvents(xml.replace(/^\uFEFF/, ''));
      expect(expected.length).toBeGreaterThan(0);
      expect(scannerEvents(xml)).toEqual(expected);
    });
  }

  const MALFORMED: Record<string, string> = {
    'an end tag that closes another element': '<a><b></a></b>',
    'an element never closed': '<worksheet><sheetData><row></sheetData>',
    'an end tag without a start tag': '<a></a></b>',
    'text outside the root': '<a/>tail',
    'a second root element': '<a/><b/>',
    'no element at all': '<?xml version="1.0"?>  ',
    'an unquoted attribute value': '<a b=1/>',
    'an attribute without a value': '<a b/>',
    'attributes not separated by white space': '<a b="1"c="2"/>',
    '< inside an attribute value': '<a b="x<y"/>',
    'an unterminated attribute value': '<a b="x/>',
    'an unknown entity': '<a>&nbsp;</a>',
    'a & that starts no reference': '<a>fish & chips</a>',
    'a reference to a character XML cannot hold': '<a>&#1;</a>',
    'an unclosed comment': '<a><!-- open </a>',
    'an unclosed CDATA section': '<a><![CDATA[ open </a>',
    'a start tag cut off': '<a><b c="1"',
    'a slash not followed by >': '<a/ >',
  };
  for (const [name, xml] of Object.entries(MALFORMED)) {
    it(`refuses what saxes refuses: ${name}`, () => {
      expect(() => saxesEvents(xml)).toThrow();
      expect(() => scannerEvents(xml)).toThrow(XmlSyntaxError);
    });
  }

  it('says where the error is, line and column', () => {
    expect(() => scanXml('<a>\n  <b></c>\n</a>', {})).toThrow(
      /^2:6: end tag <\/c> does not close <b>/,
    );
  });

  it('refuses a document type declaration, which saxes would let through', () => {
    const xml = '<!DOCTYPE a [<!ENTITY x "xx">]><a>&x;</a>';
    expect(() => new SaxesParser().write('<!DOCTYPE a><a/>').close()).not.toThrow();
    expect(() => scanXml(xml, {})).toThrow(/document type declaration is not allowed/);
  });

  it(`allows ${MAX_XML_DEPTH} levels of nesting and refuses one more`, () => {
    const nested = (levels: number): string => '<e>'.repeat(levels) + '</e>'.repeat(levels);
    let deepest = -1;
    scanXml(nested(MAX_XML_DEPTH), {
      open(tag) {
        deepest = Math.max(deepest, tag.depth);
      },
    });
    expect(deepest).toBe(MAX_XML_DEPTH - 1);
    expect(() => scanXml(nested(MAX_XML_DEPTH + 1), {})).toThrow(XmlDepthError);
    expect(() => visitStartTags(nested(MAX_XML_DEPTH + 1), () => undefined)).toThrow(XmlDepthError);
  });

  it('walks 200,000 levels of nesting in time linear in the text, stopping at the limit', () => {
    const levels = 200_000;
    const xml = '<e>'.repeat(levels) + '</e>'.repeat(levels);
    let opened = 0;
    expect(() =>
      scanXml(xml, {
        open() {
          opened += 1;
        },
      }),
    ).toThrow(XmlDepthError);
    expect(opened).toBe(MAX_XML_DEPTH);
  });

  it('stops where a handler asks, reading nothing after', () => {
    const seen: string[] = [];
    scanXml('<a><b/><c/><d>never checked <</d></a>', {
      open(tag) {
        seen.push(tag.local);
        return tag.local === 'c' ? 'stop' : undefined;
      },
    });
    expect(seen).toEqual(['a', 'b', 'c']);
  });

  it('walks bytes in UTF-8 and in UTF-16 after a byte order mark, reading only the attributes asked for', () => {
    const xml = `<sst xmlns="${MAIN}" count="2"><si><t>湖州市</t></si><si><t a="&amp;">A&amp;B</t></si></sst>`;
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
    for (const bytes of [new TextEncoder().encode(xml), new Uint8Array(utf16)]) {
      const seen: string[] = [];
      walkXmlBytes(bytes, {
        open(local, attributes, depth) {
          seen.push(`${depth}:${local}:${attributes.get('count') ?? attributes.get('a') ?? ''}`);
        },
        close(local, depth) {
          seen.push(`/${depth}:${local}`);
        },
        text(text) {
          seen.push(text);
        },
      });
      expect(seen).toEqual([
        '0:sst:2',
        '1:si:',
        '2:t:',
        '湖州市',
        '/2:t',
        '/1:si',
        '1:si:',
        '2:t:&',
        'A&B',
        '/2:t',
        '/1:si',
        '/0:sst',
      ]);
    }
  });
});
