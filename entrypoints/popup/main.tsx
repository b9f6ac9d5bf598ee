import { createRoot } from 'react-dom/client';
import '../../components/capture/capture.css';
import '../../components/capture/capture-form.css';
import { App } from './App';
import '../../components/ui/bidi.css';
import './style.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
