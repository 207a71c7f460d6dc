// React 19 + Vite: the elements as plain JSX tags. Attributes are strings; `products`, `reader` and `selected` are
// set as properties (React 19 does that for custom elements); `onmg-result` listens to the event. The tags are typed
// by `magnesium-widgets/jsx` (tsconfig.json "types"), with no declarations written here.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'magnesium-widgets/define.js';
import type { DoseReader, Product } from 'magnesium-widgets';

const products: Product[] = [{ name: 'Magnesium citrate', mgPerUnit: 150, unitsPerDay: 2, unitsPerPack: 60 }];
const reader: DoseReader = { ageGroup: '18+', sex: 'female', lifeStage: 'none', kidneyDisease: 'no', medicines: [] };

function App() {
  const [total, setTotal] = useState<number | null>(null);
  const [level, setLevel] = useState('');
  return (
    <main>
      <mg-dose-table age-group="18+" sex="female" />
      <mg-dose-checker
        products={products}
        reader={reader}
        onmg-result={(event) => setTotal(event.detail.totalElementalMg)}
      />
      <mg-symptom-checklist selected={['muscle-cramps']} onmg-result={(event) => setLevel(event.detail.level)} />
      <p>
        Total: <output id="total">{total ?? ''}</output>; checklist: <output id="level">{level}</output>
      </p>
    </main>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
