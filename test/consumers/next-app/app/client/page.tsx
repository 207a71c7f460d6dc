import { Widgets } from './widgets';

export default function ClientPage() {
  return <Widgets />;
}
