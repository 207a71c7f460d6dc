'use client';
// A client component: event handlers need one. `onMgResult` is typed by the wrapper (detail: DoseReport).
import { useState } from 'react';
import { MgDoseChecker, MgSymptomChecklist } from 'magnesium-widgets/react';

export function Widgets() {
  const [total, setTotal] = useState<number | null>(null);
  const [level, setLevel] = useState('');
  return (
    <main>
      <MgDoseChecker
        products={[{ name: 'Magnesium Citrat', mgPerUnit: 150, unitsPerDay: 2, unitsPerPack: 60 }]}
        reader={{ ageGroup: '18+', sex: 'female', lifeStage: 'none', kidneyDisease: 'no', medicines: [] }}
        onMgResult={(event) => setTotal(event.detail.totalElementalMg)}
      />
      <MgSymptomChecklist selected={['muscle-cramps']} onMgResult={(event) => setLevel(event.detail.level)} />
      <p>
        Total: <output id="total">{total ?? ''}</output>; checklist: <output id="level">{level}</output>
      </p>
    </main>
  );
}
