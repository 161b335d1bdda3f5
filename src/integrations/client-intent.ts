/**
 * Registers the `client:intent` directive (src/integrations/intent-directive.ts):
 * islands that hydrate on the reader's first hover, focus, tap or key rather
 * than on visibility (issue 15: reading a part fetches no framework JS).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

export default function clientIntent(): AstroIntegration {
  return {
    name: 'hypervisor-home:client-intent',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'intent', entrypoint: fileURLToPath(new URL('./intent-directive.ts', import.meta.url)) });
      },
    },
  };
}
