import { storedOnlyFollower } from './followers/stored-only';
import { createPenpotHost } from './hosts/penpot/create-penpot-host';
import { startPlugin } from './start-plugin';

startPlugin(createPenpotHost(), { createFollower: storedOnlyFollower });
