#!/usr/bin/env node
// Benchmark of the wellbeing tree: layout plus SVG rendering time and SVG size for synthetic
// municipalities of 10 to 5,000 actors. Prints a table; it is a measurement, not a test.
//   npm run bench:tree [-- --runs 5]
import { withTypeScript } from './load-ts.mjs';

const sizes = [10, 100, 1000, 5000];
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;

await withTypeScript(async (load) => {
  const { syntheticTreeInput } = await load('/src/lib/synthetic/tree-input.ts');
  const { layoutTree } = await load('/src/lib/tree/layout-tree.ts');
  const { renderTreeSvg } = await load('/src/lib/tree/render-tree-svg.ts');
  const options = {
    id: 'puu',
    title: 'Hyvinvointipuu',
    description: 'Kuvaus',
    fruitWord: 'Hedelmä',
    attractionWord: 'vetovoimatekijä',
  };

  console.log(`Wellbeing tree: layout + render, median of ${runs} runs (Node ${process.version})\n`);
  console.log('| actors | fruits | layout ms | render ms | total ms | SVG bytes | SVG gzip bytes | width × height |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  const { gzipSync } = await import('node:zlib');
  for (const size of sizes) {
    const input = syntheticTreeInput(size, 42);
    const layoutTimes = [];
    const renderTimes = [];
    let svg = '';
    let tree;
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      tree = layoutTree(input);
      const laidOut = performance.now();
      svg = renderTreeSvg(tree, options);
      renderTimes.push(performance.now() - laidOut);
      layoutTimes.push(laidOut - start);
    }
    const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const layout = median(layoutTimes);
    const render = median(renderTimes);
    const bytes = Buffer.byteLength(svg);
    console.log(
      `| ${size} | ${input.fruits.length} | ${layout.toFixed(1)} | ${render.toFixed(1)} | ${(layout + render).toFixed(1)} | ${bytes.toLocaleString('en')} | ${gzipSync(svg).length.toLocaleString('en')} | ${Math.round(tree.width)} × ${Math.round(tree.height)} |`,
    );
  }
});
