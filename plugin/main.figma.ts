import { sandboxRunnerFollower } from './followers/sandbox-runner';
import { createFigmaHost } from './hosts/figma/create-figma-host';
import { startPlugin } from './start-plugin';

startPlugin(createFigmaHost(), { createFollower: sandboxRunnerFollower });
