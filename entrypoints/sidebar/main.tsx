import { createRoot } from 'react-dom/client';
import { App } from './App';
import { followHostTheme } from './theme';
import '../../components/ui/bidi.css';
import '../../components/ui/date-field.css';
import './style.css';
import './chat.css';

followHostTheme(window);
const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
