// Runs npm redact-pii (3.4.0, defaults: every built-in redactor, in its own order) over a labelled
// evaluation set and scores it as RedactionEvaluationTest scores the engine (docs/redaction.md, "Peers").
// redact-pii returns only the redacted text, so each built-in runs with a marker of its own and the
// replaced spans are recovered by matching the output against the input.
//   cd redaction-service/bench/peer && npm install --ignore-scripts && node redact-pii-evaluate.mjs [set.jsonl ...]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const patterns = require('redact-pii/lib/built-ins/simple-regexp-patterns.js');
const { SimpleRegexpRedactor } = require('redact-pii/lib/built-ins/SimpleRegexpRedactor.js');
const { NameRedactor } = require('redact-pii/lib/built-ins/NameRedactor.js');

// redact-pii's type -> the engine's type (DIGITS, URL, street addresses and zip codes have none).
const TYPES = {
  creditCardNumber: 'PAYMENT_CARD', streetAddress: 'STREET_ADDRESS', zipcode: 'ZIPCODE', phoneNumber: 'PHONE',
  ipAddress: 'IP_ADDRESS', usSocialSecurityNumber: 'NATIONAL_ID', emailAddress: 'EMAIL', username: 'USERNAME',
  password: 'CREDENTIAL', credentials: 'CREDENTIAL', digits: 'DIGITS', url: 'URL', names: 'NAME',
};
const names = Object.keys(patterns).filter((k) => k !== '__esModule');
const marker = (i) => '\u0001' + String.fromCharCode(0xe000 + i) + '\u0002';
const redactors = names.map((n, i) => new SimpleRegexpRedactor({ regexpPattern: patterns[n], replaceWith: marker(i) }));
names.push('names');
redactors.push(new NameRedactor(marker(names.length - 1)));

function redact(text) {
  return redactors.reduce((t, r) => r.redact(t), text);
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The spans of the input each marker replaced, with redact-pii's type. */
function spans(text, output) {
  const parts = output.split(/\u0001(.)\u0002/u);
  let source = '^';
  const types = [];
  for (let i = 0; i < parts.length; i++) {
    if (i % 2 === 0) {
      source += escape(parts[i]);
    } else {
      source += '(.+?)';
      types.push(names[parts[i].charCodeAt(0) - 0xe000]);
    }
  }
  const match = new RegExp(source + '$', 'sd').exec(text);
  if (!match) {
    return null;
  }
  return types.map((t, k) => ({ type: TYPES[t], start: match.indices[k + 1][0], end: match.indices[k + 1][1] }));
}

for (const file of process.argv.slice(2).length ? process.argv.slice(2)
  : ['../../src/test/resources/evaluation/evaluation-set.jsonl']) {
  const tp = {}; const fn = {}; const fp = {}; const anyTp = {};
  let keeps = 0; let damaged = 0; let leaked = 0; let unaligned = 0; let messages = 0; let found = 0; let falseFound = 0;
  const role = { subject: [0, 0], third: [0, 0] };
  const started = process.hrtime.bigint(); let bytes = 0; let seconds = 0;
  for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const m = JSON.parse(line);
    messages++;
    const t0 = process.hrtime.bigint();
    const output = redact(m.text);
    seconds += Number(process.hrtime.bigint() - t0) / 1e9;
    bytes += Buffer.byteLength(m.text, 'utf8');
    const got = spans(m.text, output);
    if (!got) {
      unaligned++;
      continue;
    }
    for (const e of m.entities) {
      const typed = got.some((g) => g.type === e.type && g.start <= e.start && g.end >= e.end);
      const any = got.some((g) => g.start < e.end && g.end > e.start);
      (typed ? tp : fn)[e.type] = ((typed ? tp : fn)[e.type] || 0) + 1;
      if (any) anyTp[e.type] = (anyTp[e.type] || 0) + 1;
      role[e.role === 'third' ? 'third' : 'subject'][typed ? 0 : 1]++;
      if (output.includes(m.text.slice(e.start, e.end))) leaked++;
    }
    for (const k of m.keep || []) {
      keeps++;
      if (got.some((g) => g.start < k.end && g.end > k.start)) damaged++;
    }
    for (const g of got) {
      found++;
      if (!m.entities.some((e) => e.start < g.end && e.end > g.start)) {
        falseFound++;
        fp[g.type] = (fp[g.type] || 0) + 1;
      }
    }
  }
  const pct = (a, b) => (b === 0 ? '—' : (100 * a / b).toFixed(1) + ' %');
  console.log(`\n${file}: ${messages} messages (${unaligned} not aligned)`);
  console.log('type | labelled | found, same type | recall | value removed by any type | false findings of the type');
  for (const type of ['EMAIL', 'PHONE', 'NATIONAL_ID', 'IBAN', 'PAYMENT_CARD', 'IP_ADDRESS', 'CREDENTIAL', 'NAME', 'USERNAME', 'URL_SECRET', 'DEVICE_ID']) {
    const t = tp[type] || 0; const n = fn[type] || 0;
    if (t + n > 0) console.log(`${type} | ${t + n} | ${t} | ${pct(t, t + n)} | ${pct(anyTp[type] || 0, t + n)} | ${fp[type] || 0}`);
  }
  console.log('false findings of types the engine has not: ' + JSON.stringify(Object.fromEntries(Object.entries(fp).filter(([k]) => !tp[k] && !fn[k]))));
  console.log(`precision (a finding overlapping any labelled value): ${pct(found - falseFound, found)}; subject ${pct(role.subject[0], role.subject[0] + role.subject[1])}, third parties ${pct(role.third[0], role.third[0] + role.third[1])} (same type)`);
  console.log(`look-alikes damaged: ${damaged} of ${keeps} (${pct(damaged, keeps)}); labelled values left in clear: ${leaked}`);
  console.log(`speed: ${(bytes / 1e6 / seconds).toFixed(2)} MB/s, ${(1e6 * seconds / messages).toFixed(1)} µs a message (one pass, wall clock)`);
}
