// Renders BPMN models to SVG with bpmn-js's viewer in headless Chromium. See draw-models.sh.
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const { chromium } = require('playwright-core');

const ROOT = path.resolve(__dirname, '..');
const MODELS = path.join(ROOT, 'processes');
const IMAGES = path.join(ROOT, 'docs', 'images');
const VIEWER = require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js');

/** The model's hash as ModelPicturesTest computes it: SHA-256 of the file with LF line ends. */
function modelHash(xml) {
  return crypto.createHash('sha256').update(xml.replace(/\r\n/g, '\n'), 'utf8').digest('hex');
}

async function main() {
  const files = fs.readdirSync(MODELS).filter(f => f.endsWith('.bpmn')).sort();
  fs.mkdirSync(IMAGES, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [ '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run' ]
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.setContent('<!doctype html><html><body><div id="canvas" style="width:1600px;height:1000px"></div></body></html>');
    await page.addScriptTag({ path: VIEWER });
    for (const file of files) {
      const xml = fs.readFileSync(path.join(MODELS, file), 'utf8');
      const result = await page.evaluate(async (modelXml) => {
        const viewer = new window.BpmnJS({ container: '#canvas' });
        try {
          const { warnings } = await viewer.importXML(modelXml);
          const { svg } = await viewer.saveSVG();
          return { svg, warnings: warnings.map(w => w.message) };
        } finally {
          viewer.destroy();
        }
      }, xml);
      if (result.warnings.length) {
        console.warn(`${file}: ${result.warnings.join('; ')}`);
      }
      const id = path.basename(file, '.bpmn');
      const stamp = `<!-- drawn from processes/${file} by scripts/draw-models.sh; model sha256: ${modelHash(xml)} -->`;
      const svg = result.svg.replace(/^(<\?xml[^>]*\?>)?\s*/, (m, decl) => (decl ? decl + '\n' : '') + stamp + '\n');
      fs.writeFileSync(path.join(IMAGES, id + '.svg'), svg.endsWith('\n') ? svg : svg + '\n');
      console.log(`docs/images/${id}.svg`);
    }
  } finally {
    await browser.close();
  }
}

main().catch(err => {
  console.error(err);
  process.exit(1);
});
