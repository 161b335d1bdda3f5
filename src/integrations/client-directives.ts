/**
 * Registers the site's own hydration directive, `client:intent`
 * (intent-directive.ts): islands that hydrate on the reader's first hover,
 * focus, tap or key rather than on visibility (issue 15: reading a part
 * fetches no framework JS). The tools' islands use Astro's `client:visible`.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

export default function clientDirectives(): AstroIntegration {
  return {
    name: 'hypervisor-home:client-directives',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'intent', entrypoint: fileURLToPath(new URL('./intent-directive.ts', import.meta.url)) });
      },
    },
  };
}
