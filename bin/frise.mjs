#!/usr/bin/env node
// The `frise` command (`npx frise …`): check feeds before publishing them, import timelines made with
// other tools, find the feed's JSON Schema. Node 20+, nothing beyond Node and frise's own built modules.
// Exit codes: 0 no issue, 1 issues found, 2 a usage error or a file that cannot be read or written.
import {Buffer} from 'node:buffer';
import {readFile, writeFile} from 'node:fs/promises';
import {existsSync} from 'node:fs';
import process from 'node:process';
import {fileURLToPath, URL} from 'node:url';
import {parseArgs} from 'node:util';

const PACKAGE_ROOT = new URL('../', import.meta.url);
const SCHEMA = fileURLToPath(new URL('data/frise-feed.schema.json', PACKAGE_ROOT));
const FORMATS = ['timelinejs', 'timelinejs-csv', 'csv', 'vis'];
const OK = 0;
const ISSUES = 1;
const USAGE = 2;

const HELP = `Usage: frise <command> [options]

Commands:
  validate <feed.json> [more.json …]   check feeds: every issue with its path and message
      --json                            machine-readable output (one JSON object on stdout)
      --allow-warnings                  exit 0 when the only issues are warnings
  import --from <format> <file>        make a frise feed from another tool's data
      --from timelinejs                 TimelineJS3 JSON
      --from timelinejs-csv             TimelineJS3's Google Sheets template, exported as CSV
      --from csv                        frise's own CSV columns (see the README)
      --from vis                        vis-timeline items and groups (JSON)
      -o, --output <out.json>           where to write the feed (default: standard output)
      --language <tag>                  the feed's language (en, fr, …)
      --utc-offset <offset>             the UTC offset of times given without one (+02:00, Z)
      --default-credit <text>           the credit of images that have none
      --json                            the issues as one JSON object on stderr
      --allow-warnings                  exit 0 when the only issues are warnings
  schema                                print the path of the feed's JSON Schema

  -h, --help                            this help
  -v, --version                         frise's version

A file named - is read from standard input.
Exit status: 0 no issue, 1 issues found, 2 a usage error or a file that cannot be read or written.`;

class UsageError extends Error {}

const output = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

async function main(argv) {
  const [command, ...rest] = argv;
  if (command === undefined) {
    output.err(HELP);
    return USAGE;
  }
  if (command === '-h' || command === '--help' || command === 'help') {
    output.out(HELP);
    return OK;
  }
  if (command === '-v' || command === '--version') {
    const pkg = JSON.parse(await readFile(new URL('package.json', PACKAGE_ROOT), 'utf8'));
    output.out(pkg.version);
    return OK;
  }
  if (command === 'schema') {
    options(rest, {}, 0);
    if (!existsSync(SCHEMA)) {
      output.err(`frise: the schema is missing from this installation (${SCHEMA})`);
      return USAGE;
    }
    output.out(SCHEMA);
    return OK;
  }
  if (command === 'validate') return validate(rest);
  if (command === 'import') return importCommand(rest);
  throw new UsageError(`unknown command "${command}"`);
}

/** Parses a command's options; throws a UsageError on an unknown option or a wrong number of files. */
function options(args, known, minimumFiles, maximumFiles = minimumFiles) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {...known, help: {type: 'boolean', short: 'h'}},
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(error.message);
  }
  if (parsed.values.help) return {...parsed, help: true};
  if (parsed.positionals.length < minimumFiles)
    throw new UsageError(minimumFiles === 1 ? 'a file is needed' : `${minimumFiles} files are needed`);
  if (parsed.positionals.length > maximumFiles)
    throw new UsageError(`unexpected argument "${parsed.positionals[maximumFiles]}"`);
  return parsed;
}

async function validate(args) {
  const parsed = options(args, {json: {type: 'boolean'}, 'allow-warnings': {type: 'boolean'}}, 1, Infinity);
  if (parsed.help) return (output.out(HELP), OK);
  const {parseFeed} = await load('model');
  const reports = [];
  let status = OK;
  for (const file of parsed.positionals) {
    const text = await readInput(file);
    if (text === undefined) {
      status = USAGE;
      reports.push({file, readable: false, events: 0, issues: []});
      continue;
    }
    const {feed, issues} = parseFeed(text);
    reports.push({file, readable: true, events: feed?.events.length ?? 0, periods: feed?.periods?.length ?? 0, issues});
    if (status === OK && counts(issues, parsed.values['allow-warnings']).failing > 0) status = ISSUES;
  }
  if (parsed.values.json) {
    output.out(JSON.stringify({files: reports}, null, 2));
    return status;
  }
  for (const report of reports) {
    if (!report.readable) continue;
    for (const issue of report.issues) output.out(issueLine(report.file, issue));
    output.out(`${report.file}: ${plural(report.events, 'event')}, ${summary(report.issues)}`);
  }
  return status;
}

async function importCommand(args) {
  const parsed = options(
    args,
    {
      from: {type: 'string'},
      output: {type: 'string', short: 'o'},
      language: {type: 'string'},
      'utc-offset': {type: 'string'},
      'default-credit': {type: 'string'},
      json: {type: 'boolean'},
      'allow-warnings': {type: 'boolean'},
    },
    1,
  );
  if (parsed.help) return (output.out(HELP), OK);
  const format = parsed.values.from;
  if (format === undefined) throw new UsageError(`--from is needed: one of ${FORMATS.join(', ')}`);
  if (!FORMATS.includes(format))
    throw new UsageError(`--from ${format}: not a format frise imports (${FORMATS.join(', ')})`);
  const file = parsed.positionals[0];
  const text = await readInput(file);
  if (text === undefined) return USAGE;
  const {importFeed} = await load('import');
  const importOptions = {};
  if (parsed.values.language !== undefined) importOptions.language = parsed.values.language;
  if (parsed.values['utc-offset'] !== undefined) importOptions.utcOffset = parsed.values['utc-offset'];
  if (parsed.values['default-credit'] !== undefined) importOptions.defaultCredit = parsed.values['default-credit'];
  const {json, issues, feed} = importFeed(format, text, importOptions);

  if (json !== null) {
    const written = `${JSON.stringify(json, null, 2)}\n`;
    if (parsed.values.output === undefined) {
      process.stdout.write(written);
    } else {
      try {
        await writeFile(parsed.values.output, written);
      } catch (error) {
        output.err(`frise: cannot write ${parsed.values.output}: ${error.message}`);
        return USAGE;
      }
    }
  }
  const target = parsed.values.output ?? 'feed';
  if (parsed.values.json) {
    output.err(
      JSON.stringify({file, output: parsed.values.output ?? null, events: feed?.events.length ?? 0, issues}, null, 2),
    );
  } else {
    for (const issue of issues) output.err(issueLine(issue.origin === 'feed' ? target : file, issue));
    const made = feed
      ? `${plural(feed.events.length, 'event')}${feed.periods?.length ? `, ${plural(feed.periods.length, 'period')}` : ''}`
      : 'no feed';
    output.err(
      `${file}: ${made} imported${parsed.values.output ? ` into ${parsed.values.output}` : ''}, ${summary(issues)}`,
    );
  }
  return counts(issues, parsed.values['allow-warnings']).failing > 0 || json === null ? ISSUES : OK;
}

/** A file's text ('-' is standard input), or undefined after saying why it cannot be read. */
async function readInput(file) {
  try {
    if (file === '-') {
      const chunks = [];
      for await (const chunk of process.stdin) chunks.push(chunk);
      return Buffer.concat(chunks).toString('utf8');
    }
    return await readFile(file, 'utf8');
  } catch (error) {
    output.err(`frise: cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
    return undefined;
  }
}

/** frise's built modules (`dist/`), next to this file in the package. */
async function load(entry) {
  const url = new URL(`dist/${entry}/index.js`, PACKAGE_ROOT);
  if (!existsSync(url))
    throw new UsageError(`frise is not built here (${fileURLToPath(url)} is missing): run npm run build`);
  return import(url.href);
}

/** `file:path: severity: message [code]` (an aggregated issue's message says how many times it occurs). */
function issueLine(file, issue) {
  return `${file}${issue.path === '' ? '' : `:${issue.path}`}: ${issue.severity}: ${issue.message} [${issue.code}]`;
}

function counts(issues, allowWarnings) {
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const warnings = issues.length - errors;
  return {errors, warnings, failing: allowWarnings ? errors : issues.length};
}

function summary(issues) {
  const {errors, warnings} = counts(issues, false);
  if (errors + warnings === 0) return 'no issue';
  return [errors && plural(errors, 'error'), warnings && plural(warnings, 'warning')].filter(Boolean).join(', ');
}

function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    output.err(`frise: ${error.message}\nRun "frise --help" for the commands and their options.`);
  } else {
    // a defect of frise, not of the files: said as such, with what Node knows of it
    output.err(`frise: an unexpected error (please report it): ${error?.stack ?? error}`);
  }
  process.exitCode = USAGE;
}
