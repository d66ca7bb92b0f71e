/** The demo article (tests/fixtures/demo/article.html) and what Backstory must paint on it. */
export const DEMO = 'demo/article.html';

/** Every mention in the demo article, as painted (entity:text). */
export const DEMO_MENTIONS = [
  'csto:CSTO', 'csto:CSTO', 'csto:CSTO', 'csto:Collective Security Organization',
  'csto:Collective Security Treaty Organization', 'csto:ОДКБ', 'csto:सामूहिक सुरक्षा संधि संगठन',
  'csto:सीएसटीओ', 'csto:集安组织',
  'kazakhstan:Kasachstans', 'kazakhstan:Kazakhstan', 'kazakhstan:Kazakhstan', "kazakhstan:Kazakhstan's",
  'kazakhstan:Kazakistan’ın', 'kazakhstan:Казахстана', 'kazakhstan:Казахстана', 'kazakhstan:كازاخستان',
  'kazakhstan:कज़ाख़स्तान', 'kazakhstan:कजाकिस्तान', 'kazakhstan:哈萨克斯坦',
  's300:S-300', 's300:S-300', 's300:S-300', 's300:S-300PMU-2', 's300:S‑300', 's300:S–300',
  's300:С-300ПМУ-1', 's300:إس-300', 's300:एस-300',
];

