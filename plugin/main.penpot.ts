import { createPenpotHost } from './hosts/penpot/create-penpot-host';
import { startPlugin } from './start-plugin';

startPlugin(createPenpotHost());
