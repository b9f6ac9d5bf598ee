import { createRoot } from 'react-dom/client';
import { App } from './App';
import { AppErrorBoundary } from './AppErrorBoundary';
import '../../components/ui/bidi.css';
import '../../components/ui/date-field.css';
import '../../components/capture/capture-form.css';
import './style.css';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <AppErrorBoundary>
      <App />
    </AppErrorBoundary>,
  );
