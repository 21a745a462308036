// Validates HTML files with html-validate's API (its CLI needs fs.globSync, which Node 20 lacks).
// Usage: node html-validate.mjs <html-validate module> <config.json> <file>...
const [,, modulePath, configPath, ...files] = process.argv;
const { HtmlValidate } = await import(modulePath);
const fs = await import('node:fs');
const config = JSON.parse(fs.readFileSync(configPath, 'utf8'));
const validator = new HtmlValidate(config);
let errors = 0;
for (const file of files) {
  const report = await validator.validateString(fs.readFileSync(file, 'utf8'), file);
  for (const result of report.results) for (const m of result.messages) { errors++; console.log(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`); }
}
process.exit(errors ? 1 : 0);
