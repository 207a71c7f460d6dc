// A server component page: the wrappers from magnesium-widgets/react are client components, so a server component
// can render them and pass serialisable props (arrays and objects are set as properties after hydration).
import { MgDoseChecker, MgDoseTable } from 'magnesium-widgets/react';

export default function Home() {
  return (
    <main>
      <MgDoseTable ageGroup="18+" sex="female" />
      <MgDoseChecker
        products={[{ name: 'Magnesium Citrat', mgPerUnit: 150, unitsPerDay: 2, unitsPerPack: 60 }]}
        reader={{ ageGroup: '18+', sex: 'female', lifeStage: 'none', kidneyDisease: 'no', medicines: [] }}
      />
    </main>
  );
}
