/**
 * Registers the site's own hydration directives:
 * - `client:intent` (intent-directive.ts): islands that hydrate on the
 *   reader's first hover, focus, tap or key rather than on visibility
 *   (issue 15: reading a part fetches no framework JS);
 * - `client:staged` (staged-directive.ts): islands that hydrate when they
 *   scroll into view, as `client:visible` does, with the framework's code
 *   and the island's own evaluated in separate tasks (issue 15: no
 *   main-thread task over 100 ms while the calculator hydrates).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

const entry = (file: string) => fileURLToPath(new URL(file, import.meta.url));

export default function clientDirectives(): AstroIntegration {
  return {
    name: 'hypervisor-home:client-directives',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'intent', entrypoint: entry('./intent-directive.ts') });
        addClientDirective({ name: 'staged', entrypoint: entry('./staged-directive.ts') });
      },
    },
  };
}
