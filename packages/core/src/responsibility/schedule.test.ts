import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describeSchedule, parseSchedule } from './schedule.js';

const years = (text: string) => {
  const s = parseSchedule(text);
  return [s.kind, s.startYear, s.endYear, s.ongoing];
};

describe('parseSchedule', () => {
  it('reads every year-range form printed in the Uppsala plan', () => {
    for (const text of [
      '2018-2020',
      '2018 - 2020',
      '2018 -2020',
      '2018- 2020',
      '2018–2020',
      '2018 — 2020',
      '2018\n-\n2020',
      '2018 -\r\n2020',
      ' 2018-2020 ',
      '2018 till 2020',
      '2018 t.o.m. 2020',
    ]) {
      const s = parseSchedule(text);
      assert.deepEqual(
        s,
        {
          text,
          kind: 'period',
          recognized: true,
          ongoing: false,
          start: '2018-01-01',
          end: '2020-12-31',
          startYear: 2018,
          endYear: 2020,
        },
        JSON.stringify(text),
      );
    }
  });

  it('reads a single year as the whole year', () => {
    assert.deepEqual(parseSchedule('2019'), {
      text: '2019',
      kind: 'period',
      recognized: true,
      ongoing: false,
      start: '2019-01-01',
      end: '2019-12-31',
      startYear: 2019,
      endYear: 2019,
    });
    assert.deepEqual(years('Under 2019.'), ['period', 2019, 2019, false]);
    assert.deepEqual(years('år 2019'), ['period', 2019, 2019, false]);
  });

  it('reads "Pågår", the misprinted "Pågå" and "Pågår kontinuerligt" as ongoing with no bounds', () => {
    for (const text of [
      'Pågår',
      'Pågå',
      'pågår',
      'Pågår kontinuerligt',
      'Pågår\nkontinuerligt',
      'Löpande',
      'Kontinuerligt',
      'Årligen',
      'Tills vidare',
      'Löpande under hela perioden',
      'Pågående',
      'Varje år',
      'Ongoing',
    ]) {
      assert.deepEqual(
        parseSchedule(text),
        { text, kind: 'ongoing', recognized: true, ongoing: true },
        JSON.stringify(text),
      );
    }
  });

  it('keeps bounds when an ongoing word comes with years', () => {
    assert.deepEqual(years('Årligen 2018-2020'), ['period', 2018, 2020, true]);
    assert.deepEqual(years('Pågår under 2019'), ['period', 2019, 2019, true]);
  });

  it('reads slash and short ranges only where they cannot be a month', () => {
    assert.deepEqual(years('2018/2019'), ['period', 2018, 2019, false]);
    assert.deepEqual(years('2018/19'), ['period', 2018, 2019, false]);
    assert.deepEqual(years('2018-19'), ['period', 2018, 2019, false]);
    const month = parseSchedule('2018-12');
    assert.deepEqual([month.start, month.end], ['2018-12-01', '2018-12-31']);
    assert.equal(parseSchedule('2018/12').recognized, false);
  });

  it('reads ISO dates, quarters, half years, months, open starts and deadlines', () => {
    const bounds = (text: string) => {
      const s = parseSchedule(text);
      return [s.start, s.end, s.ongoing];
    };
    assert.deepEqual(bounds('2019-06-30'), ['2019-06-30', '2019-06-30', false]);
    assert.deepEqual(bounds('2019-01-15 - 2019-06-30'), ['2019-01-15', '2019-06-30', false]);
    assert.deepEqual(bounds('2019-01-15/2020-02-29'), ['2019-01-15', '2020-02-29', false]);
    assert.deepEqual(bounds('Q1 2019'), ['2019-01-01', '2019-03-31', false]);
    assert.deepEqual(bounds('kvartal 4 2019'), ['2019-10-01', '2019-12-31', false]);
    assert.deepEqual(bounds('2019 Q2'), ['2019-04-01', '2019-06-30', false]);
    assert.deepEqual(bounds('Q1 2019 - Q2 2020'), ['2019-01-01', '2020-06-30', false]);
    assert.deepEqual(bounds('Våren 2019'), ['2019-01-01', '2019-06-30', false]);
    assert.deepEqual(bounds('Hösten 2019'), ['2019-07-01', '2019-12-31', false]);
    assert.deepEqual(bounds('ht 2019 – vt 2020'), ['2019-07-01', '2020-06-30', false]);
    assert.deepEqual(bounds('februari 2020'), ['2020-02-01', '2020-02-29', false]);
    assert.deepEqual(bounds('feb 2019'), ['2019-02-01', '2019-02-28', false]);
    assert.deepEqual(bounds('september 2019 - mars 2020'), ['2019-09-01', '2020-03-31', false]);
    assert.deepEqual(bounds('Från 2019'), ['2019-01-01', undefined, true]);
    assert.deepEqual(bounds('fr.o.m. 2019'), ['2019-01-01', undefined, true]);
    assert.deepEqual(bounds('från och med hösten 2019'), ['2019-07-01', undefined, true]);
    assert.deepEqual(bounds('2019 och framåt'), ['2019-01-01', undefined, true]);
    assert.deepEqual(bounds('2019-'), ['2019-01-01', undefined, true]);
    assert.deepEqual(bounds('Senast 2019'), [undefined, '2019-12-31', false]);
    assert.deepEqual(bounds('till och med juni 2020'), [undefined, '2020-06-30', false]);
  });

  it('refuses a reversed range and says why', () => {
    assert.deepEqual(parseSchedule('2020-2018'), {
      text: '2020-2018',
      kind: 'unrecognized',
      recognized: false,
      ongoing: false,
      problem: 'reversed',
    });
    assert.equal(parseSchedule('2019-06-30 - 2019-01-01').problem, 'reversed');
  });

  it('refuses implausible years and impossible dates', () => {
    assert.equal(parseSchedule('0218-2020').problem, 'out-of-range');
    assert.equal(parseSchedule('2018-3020').problem, 'out-of-range');
    assert.equal(parseSchedule('2019-02-29').problem, 'invalid-date');
    assert.equal(parseSchedule('2020-02-29').recognized, true);
  });

  it('keeps text it does not understand, and never throws', () => {
    for (const text of [
      'När budget finns',
      '2019 (preliminärt)',
      'och',
      'Q5 2019',
      '2018 och våren 2019',
      '2018 och',
      ', 2019 och , 2020',
      '12',
      'snart',
      '2018 - 2020 - 2022',
    ]) {
      const s = parseSchedule(text);
      assert.equal(s.recognized, false, text);
      assert.equal(s.kind, 'unrecognized', text);
      assert.equal(s.text, text);
      assert.equal(s.start, undefined);
    }
  });

  it('says absent for no schedule', () => {
    for (const text of [undefined, null, '', '  \n ']) {
      const s = parseSchedule(text);
      assert.equal(s.kind, 'absent');
      assert.equal(s.recognized, false);
      assert.equal(s.text, text ?? '');
    }
  });

  it('is total on arbitrary text: keeps it, and bounds are ordered ISO dates', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[0-9 \-–/qQ.a-zåäö\n]{0,20}$/)), (text) => {
        const s = parseSchedule(text);
        assert.equal(s.text, text);
        assert.equal(s.recognized, s.kind === 'period' || s.kind === 'ongoing');
        if (s.start !== undefined) assert.match(s.start, /^\d{4}-\d{2}-\d{2}$/);
        if (s.end !== undefined) assert.match(s.end, /^\d{4}-\d{2}-\d{2}$/);
        if (s.start !== undefined && s.end !== undefined) assert.ok(s.start <= s.end);
        if (s.kind === 'period') assert.ok(s.start !== undefined || s.end !== undefined);
        assert.equal(s.startYear, s.start === undefined ? undefined : Number(s.start.slice(0, 4)));
        if (s.years !== undefined) {
          assert.deepEqual([s.years[0], s.years[s.years.length - 1]], [s.startYear, s.endYear]);
          assert.ok(s.years.every((y, i) => i === 0 || y > (s.years?.[i - 1] ?? Infinity)));
        }
      }),
    );
  });

  it('reads any ascending list of years: a gap keeps the years, no gap is a plain period', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1950, max: 2100 }), { minLength: 2, maxLength: 5 }),
        fc.constantFrom(', ', ',', ' och ', ' samt '),
        (list, sep) => {
          const years = [...list].sort((a, b) => a - b);
          const text = `${years.slice(0, -1).join(sep)} och ${years[years.length - 1]}`;
          const s = parseSchedule(text);
          assert.deepEqual([s.kind, s.startYear, s.endYear], ['period', years[0], years[years.length - 1]], text);
          const gap = (years[years.length - 1] as number) - (years[0] as number) + 1 !== years.length;
          assert.deepEqual(s.years, gap ? years : undefined, text);
        },
      ),
    );
  });

  it('reads every ordered pair of years as that range', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1950, max: 2100 }),
        fc.integer({ min: 1950, max: 2100 }),
        fc.constantFrom('-', ' - ', ' -', '–', '\n-\n'),
        (a, b, dash) => {
          const s = parseSchedule(`${a}${dash}${b}`);
          if (a <= b) assert.deepEqual([s.recognized, s.startYear, s.endYear], [true, a, b]);
          else assert.equal(s.problem, 'reversed');
        },
      ),
    );
  });
});

describe('parseSchedule: schedules as the regional documents print them', () => {
  const whole = (text: string, from: number, to: number, ongoing = false) =>
    assert.deepEqual(
      parseSchedule(text),
      {
        text,
        kind: 'period',
        recognized: true,
        ongoing,
        start: `${from}-01-01`,
        end: `${to}-12-31`,
        startYear: from,
        endYear: to,
      },
      JSON.stringify(text),
    );
  const bounds = (text: string) => {
    const s = parseSchedule(text);
    return [s.kind, s.start, s.end, s.ongoing];
  };

  it('reads lists of consecutive years as one period', () => {
    whole('Under 2017 och 2018', 2017, 2018);
    whole('2017 och 2018', 2017, 2018);
    whole('2014, 2015 och 2016', 2014, 2016);
    whole('2014,2015, 2016', 2014, 2016);
    whole('2017 samt 2018', 2017, 2018);
    whole('Löpande under 2017 och 2018', 2017, 2018, true);
  });

  it('keeps the years of a list with a gap, and refuses an unordered list', () => {
    assert.deepEqual(parseSchedule('2018 och 2020'), {
      text: '2018 och 2020',
      kind: 'period',
      recognized: true,
      ongoing: false,
      start: '2018-01-01',
      end: '2020-12-31',
      startYear: 2018,
      endYear: 2020,
      years: [2018, 2020],
    });
    assert.deepEqual(parseSchedule('2014, 2016 och 2017').years, [2014, 2016, 2017]);
    assert.equal(parseSchedule('2018 och 2017').problem, 'reversed');
    assert.equal(parseSchedule('2018 och 2018').problem, 'reversed');
    assert.equal(parseSchedule('2018 och 3018').problem, 'out-of-range');
  });

  it('reads "Under åren 2016-2018"', () => {
    whole('Under åren 2016-2018', 2016, 2018);
    whole('åren 2016–2018', 2016, 2018);
  });

  it('reads a span of months', () => {
    assert.deepEqual(bounds('februari 2017 – oktober 2018'), ['period', '2017-02-01', '2018-10-31', false]);
    assert.deepEqual(bounds('Februari 2017 - Oktober 2018'), ['period', '2017-02-01', '2018-10-31', false]);
  });

  it('reads quarters, seasons and terms', () => {
    assert.deepEqual(bounds('kvartal 2 2019'), ['period', '2019-04-01', '2019-06-30', false]);
    assert.deepEqual(bounds('Q3 2019'), ['period', '2019-07-01', '2019-09-30', false]);
    assert.deepEqual(bounds('hösten 2019'), ['period', '2019-07-01', '2019-12-31', false]);
    assert.deepEqual(bounds('vårterminen 2020'), ['period', '2020-01-01', '2020-06-30', false]);
    assert.deepEqual(bounds('Höstterminen 2019'), ['period', '2019-07-01', '2019-12-31', false]);
    assert.deepEqual(bounds('sommaren 2019'), ['period', '2019-06-01', '2019-08-31', false]);
  });

  it('reads "löpande", "årligen" and "2019 och framåt"', () => {
    assert.deepEqual(bounds('löpande'), ['ongoing', undefined, undefined, true]);
    assert.deepEqual(bounds('årligen'), ['ongoing', undefined, undefined, true]);
    assert.deepEqual(bounds('2019 och framåt'), ['period', '2019-01-01', undefined, true]);
    assert.deepEqual(bounds('Löpande, 2019 och framåt'), ['period', '2019-01-01', undefined, true]);
  });
});

describe('describeSchedule: every form in Swedish and English', () => {
  const cases: [string, string, string][] = [
    ['Under 2017 och 2018', '2017–2018', '2017–2018'],
    ['2017 och 2018', '2017–2018', '2017–2018'],
    ['2014, 2015 och 2016', '2014–2016', '2014–2016'],
    ['2018 och 2020', '2018 och 2020', '2018 and 2020'],
    ['2014, 2016 och 2017', '2014, 2016 och 2017', '2014, 2016 and 2017'],
    ['Under åren 2016-2018', '2016–2018', '2016–2018'],
    ['februari 2017 – oktober 2018', 'Februari 2017 – oktober 2018', 'February 2017 – October 2018'],
    ['mars 2019', 'Mars 2019', 'March 2019'],
    ['2019-06', 'Juni 2019', 'June 2019'],
    ['kvartal 2 2019', 'Kvartal 2 2019', 'Q2 2019'],
    ['Q3 2019', 'Kvartal 3 2019', 'Q3 2019'],
    ['Q1 2019 - Q4 2019', 'Kvartal 1 2019 – kvartal 4 2019', 'Q1 2019 – Q4 2019'],
    ['hösten 2019', 'Hösten 2019', 'Autumn 2019'],
    ['Våren 2019', 'Våren 2019', 'Spring 2019'],
    ['sommaren 2019', 'Sommaren 2019', 'Summer 2019'],
    ['vårterminen 2020', 'Vårterminen 2020', 'Spring term 2020'],
    ['ht 2019 – vt 2020', 'Höstterminen 2019 – vårterminen 2020', 'Autumn term 2019 – spring term 2020'],
    ['från och med hösten 2019', 'Från hösten 2019', 'From autumn 2019'],
    ['till och med juni 2020', 'Senast juni 2020', 'By June 2020'],
    ['2019-06-30', '2019-06-30', '2019-06-30'],
    ['2019-01-15 - 2019-06-30', '2019-01-15 – 2019-06-30', '2019-01-15 – 2019-06-30'],
    ['löpande', 'Pågår', 'Ongoing'],
    ['årligen', 'Årligen', 'Every year'],
    ['Varje år', 'Årligen', 'Every year'],
    ['2019 och framåt', 'Från 2019', 'From 2019'],
  ];
  for (const [printed, sv, en] of cases) {
    it(`describes ${JSON.stringify(printed)}`, () => {
      assert.deepEqual(describeSchedule(parseSchedule(printed)), { sv, en });
    });
  }

  it('never gives Swedish month or season words in English', () => {
    const swedish = /januari|februari|mars|maj|juni|juli|augusti|oktober|våren|hösten|sommaren|termin|kvartal|och/u;
    for (const [printed] of cases) assert.doesNotMatch(describeSchedule(parseSchedule(printed)).en, swedish, printed);
  });

  it('says bounds made by hand as dates', () => {
    assert.deepEqual(
      describeSchedule({
        text: '',
        kind: 'period',
        recognized: true,
        ongoing: false,
        start: '2019-03-01',
        end: '2019-05-31',
        startYear: 2019,
        endYear: 2019,
      }),
      {
        sv: '2019-03-01 – 2019-05-31',
        en: '2019-03-01 – 2019-05-31',
      },
    );
  });
});

describe('describeSchedule', () => {
  it('gives years, "Pågår"/"Ongoing" or the printed text', () => {
    assert.deepEqual(describeSchedule(parseSchedule('2018 -2020')), { sv: '2018–2020', en: '2018–2020' });
    assert.deepEqual(describeSchedule(parseSchedule('2019')), { sv: '2019', en: '2019' });
    assert.deepEqual(describeSchedule(parseSchedule('Pågå')), { sv: 'Pågår', en: 'Ongoing' });
    assert.deepEqual(describeSchedule(parseSchedule('Från 2019')), { sv: 'Från 2019', en: 'From 2019' });
    assert.deepEqual(describeSchedule(parseSchedule('Senast 2019')), { sv: 'Senast 2019', en: 'By 2019' });
    assert.deepEqual(describeSchedule(parseSchedule('Q1 2019')), { sv: 'Kvartal 1 2019', en: 'Q1 2019' });
    assert.deepEqual(describeSchedule(parseSchedule('När budget finns ')), {
      sv: 'När budget finns',
      en: 'När budget finns',
    });
    assert.deepEqual(describeSchedule(parseSchedule(undefined)), { sv: '', en: '' });
  });
});
