import { expect, settled, test } from './fixtures';

test.describe('presentation mode', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the speaker window and the audience window stay in step, whichever gets the key', async ({
    page,
    context,
  }) => {
    await page.goto('/present?deck=fixture-deck');
    await settled(page);
    // Opening the speaker view keeps this window as the audience's and opens the speaker's.
    const [speaker] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Speaker view' }).click(),
    ]);
    await expect(speaker.getByRole('complementary', { name: 'Speaker notes' })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Speaker notes' })).toHaveCount(0);
    // (Each window in front when it gets the key, as on a laptop and a projector.)
    await speaker.bringToFront();
    await speaker.keyboard.press('ArrowRight');
    await speaker.keyboard.press('ArrowRight');
    await expect(page.getByRole('status').filter({ hasText: 'Slide 3 of 7' })).toBeVisible();
    await page.bringToFront();
    await page.keyboard.press('ArrowLeft');
    await expect(speaker.getByRole('status').filter({ hasText: 'Slide 2 of 7' })).toBeVisible();
  });

  test('a curated deck and a storyline deck carry their own link as a QR code on their first and last slides', async ({
    page,
  }) => {
    for (const address of ['/present?deck=fixture-deck', '/es/present?storyline=bsca']) {
      await page.goto(address);
      await settled(page);
      const name = address.startsWith('/es')
        ? 'Código QR del enlace a esta presentación'
        : 'QR code of the link to this deck';
      const current = page.locator('section.slide.current');
      await expect(current.getByRole('img', { name })).toBeVisible();
      expect(await current.locator('svg.qr-code path').getAttribute('d')).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
      await page.keyboard.press('End');
      await expect(page.locator('section.slide.current').getByRole('img', { name })).toBeVisible();
    }
  });

  test('a swipe changes slides, and Esc returns to the metric panel the deck was opened from', async ({
    page,
  }) => {
    await page.goto('/metrics/bsca-prosecutions?tab=table');
    await settled(page);
    await page.getByRole('link', { name: /Present as slides/ }).click();
    await expect(page.getByRole('status').filter({ hasText: /^Slide 1 of / })).toBeVisible();
    const box = await page.locator('.slides').boundingBox();
    if (!box) throw new Error('no slides');
    await page.dispatchEvent('.slides', 'pointerdown', {
      pointerType: 'touch',
      clientX: box.x + box.width * 0.8,
      clientY: box.y + 100,
    });
    await page.dispatchEvent('.slides', 'pointerup', {
      pointerType: 'touch',
      clientX: box.x + box.width * 0.2,
      clientY: box.y + 110,
    });
    await expect(page.getByRole('status').filter({ hasText: /^Slide 2 of / })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\/metrics\/bsca-prosecutions\?tab=table$/);
    await expect(page.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
  });

  test('opens a filtered timeline as slides, steps by keyboard, links to a slide, leaves with Esc', async ({
    page,
    consoleErrors,
  }) => {
    await page.goto('/timeline?storyline=bsca&view=list');
    await settled(page);
    await page.getByRole('link', { name: /Present as slides/ }).click();
    await expect(page).toHaveURL(/\/present\?storyline=bsca&back=/);
    // Title slide, one slide per event (4 in the BSCA storyline), and the sources.
    await expect(page.getByRole('status').filter({ hasText: 'Slide 1 of 6' })).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Bipartisan Safer Communities Act' }),
    ).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/slide=2/);
    await expect(page.getByRole('heading', { level: 1, name: /Senate passes the Bipartisan/ })).toBeVisible();
    await page.keyboard.press('PageDown');
    await page.keyboard.press('Space');
    const slide4 = page.getByRole('region', { name: 'Slide 4 of 6' });
    await expect(slide4.getByRole('heading', { level: 1, name: /President Biden signs/ })).toBeVisible();
    await expect(slide4.getByText(/^Sources:/)).toBeVisible();
    await page.keyboard.press('PageUp');
    await expect(page.getByRole('heading', { level: 1, name: /House passes/ })).toBeVisible();
    await page.keyboard.press('End');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Every source cited in this presentation' }),
    ).toBeVisible();
    await page.keyboard.press('Home');
    await expect(page.getByRole('status').filter({ hasText: 'Slide 1 of 6' })).toBeVisible();

    // A link opens on its slide.
    await page.goto('/present?storyline=bsca&slide=4');
    await expect(page.getByRole('heading', { level: 1, name: /President Biden signs/ })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Slide 4 of 6' })).toBeVisible();

    // Esc goes back to where the deck came from.
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\/storylines\/bsca$/);
    await expect(page.getByRole('banner')).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test('an event’s slide draws its storyline’s panel large, its mark labelled and its series keyed', async ({
    page,
  }) => {
    // A projector's full HD (on a smaller screen a long slide is set smaller to fit, chart included).
    await page.setViewportSize({ width: 1920, height: 1080 });
    for (const [lang, thisEvent, series] of [
      ['', 'This event', 'Charged under 18 U.S.C. 932 and 933 (running total)'],
      ['/es', 'Este evento', 'Acusados con base en 18 U.S.C. 932 y 933 (total acumulado)'],
    ] as const) {
      await page.goto(`${lang}/present?storyline=bsca&slide=3`);
      const figure = page.locator('.slide-figure');
      const chart = figure.getByRole('group', {
        name: lang ? /^Personas acusadas por los delitos/ : /^People charged under the BSCA/,
      });
      await expect(chart).toBeVisible();
      // Large enough to read across a room: over 200 px tall, its text over 16 px.
      const box = await chart.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThan(200);
      const tickSize = await chart
        .locator('text')
        .first()
        .evaluate((t) => t.getBoundingClientRect().height);
      expect(tickSize).toBeGreaterThan(16);
      await expect(chart.locator('.strip-marker-label')).toHaveText(thisEvent);
      await expect(figure.getByRole('list', { name: lang ? 'Clave' : 'Key' })).toContainText(series);
      // No axis label is cut at the chart's edges.
      const cut = await chart.evaluate((svg) => {
        const r = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('text')]
          .map((t) => ({ text: t.textContent, b: t.getBoundingClientRect() }))
          .filter(({ b }) => b.left < r.left - 1 || b.right > r.right + 1)
          .map(({ text }) => text);
      });
      expect(cut).toEqual([]);
    }
  });

  test('a long slide is set no smaller than it must be to fit', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('/es/present?storyline=bsca&slide=4');
    await expect(page.locator('.slide.current .slide-figure svg')).toBeVisible();
    const { fit, overAtFit, overAbove } = await page.evaluate(() => {
      const slide = document.querySelector<HTMLElement>('.slide.current');
      const box = document.querySelector('.slides');
      if (!slide || !box) throw new Error('no current slide');
      const over = () =>
        Math.max(document.documentElement.scrollHeight - innerHeight, box.scrollHeight - box.clientHeight);
      const value = Number(slide.style.getPropertyValue('--fit') || '1');
      const atFit = over();
      slide.style.setProperty('--fit', String(Math.min(1, value + 0.05)));
      const above = over();
      slide.style.setProperty('--fit', String(value));
      return { fit: value, overAtFit: atFit, overAbove: above };
    });
    // It fits, and a size 5% larger would not: shrinking stopped where it had to.
    expect(overAtFit).toBeLessThanOrEqual(0);
    if (fit < 0.95) expect(overAbove).toBeGreaterThan(0);
  });

  test('the curated deck, its speaker view and a handout of one slide per page', async ({ page }) => {
    await page.goto('/present?deck=fixture-deck&slide=4&notes=1');
    await expect(
      page.getByRole('heading', { level: 1, name: /^President Biden signs the Bipartisan/ }),
    ).toBeVisible();
    const notes = page.getByRole('complementary', { name: 'Speaker notes' });
    // The presenter's material, not the slide again: the event's notes, its identifiers, the
    // figure the room will ask about; then what comes next, a clock and a timer.
    await expect(notes).toContainText('Section 933 covers firearms trafficking in general');
    await expect(notes).not.toContainText('includes the Stop Illegal Trafficking in Firearms Act');
    await expect(notes).toContainText('117-159');
    await expect(notes).toContainText('Latest figure');
    await expect(notes).toContainText('Mexico sues U.S. gun makers');
    await expect(notes).toContainText(/Elapsed: \d+:\d\d/);
    // The related figures, with this event marked.
    await expect(
      page.getByRole('region', { name: 'Slide 4 of 7' }).getByText(/^The figures: /),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Audience view' }).click();
    await expect(page.getByRole('complementary', { name: 'Speaker notes' })).toHaveCount(0);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ landscape: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(7);
  });

  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    test(`every slide of the curated deck fits a ${String(width)}×${String(height)} screen, audience and speaker views, both languages`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      for (const view of ['', '&notes=1'])
        for (const lang of ['en', 'es']) {
          await page.goto(`${lang === 'es' ? '/es' : ''}/present?deck=fixture-deck${view}`);
          const total = 7;
          await expect(
            page.getByRole('status').filter({ hasText: new RegExp(` ${String(total)}$`) }),
          ).toBeVisible();
          for (let n = 1; n <= total; n++) {
            await expect(
              page
                .getByRole('status')
                .filter({ hasText: new RegExp(`\\b${String(n)}\\D+${String(total)}$`) }),
            ).toBeVisible();
            // Measured once the slide has settled: a chart drawn at its measured width is fitted
            // again (a ResizeObserver, before the frame is painted), which a script can see between.
            await expect
              .poll(
                () =>
                  page.evaluate(() => {
                    const box = document.querySelector('.slides');
                    return Math.max(
                      document.documentElement.scrollHeight - window.innerHeight,
                      box ? box.scrollHeight - box.clientHeight : 0,
                      document.documentElement.scrollWidth - window.innerWidth,
                    );
                  }),
                { message: `slide ${String(n)}${view} ${lang}`, timeout: 2000 },
              )
              .toBeLessThanOrEqual(0);
            await page.keyboard.press('ArrowRight');
          }
        }
    });
  }

  test('reads well in Spanish and says when a deck does not exist', async ({ page }) => {
    await page.goto('/es/present?deck=no-such-deck&storyline=bsca');
    await expect(page.getByText('No existe una presentación llamada «no-such-deck»')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Diapositiva 1 de 6' })).toBeVisible();
  });
});

test('the timeline and storyline pages link to Atom and calendar feeds the build wrote', async ({ page }) => {
  await page.goto('/storylines/bsca');
  const atom = page.getByRole('link', { name: 'Atom feed' });
  await expect(atom).toHaveAttribute('href', '/feeds/storylines/bsca.en.atom');
  const parsed = await page.evaluate(async () => {
    // Parsed as XML by the browser (XHR: Trusted Types leave DOMParser to the app's policy).
    const doc = await new Promise<Document | null>((resolve) => {
      const request = new XMLHttpRequest();
      request.open('GET', '/feeds/events.en.atom');
      request.overrideMimeType('application/xml');
      request.responseType = 'document';
      request.onload = () => {
        resolve(request.responseXML);
      };
      request.send();
    });
    const events = (await (await fetch('/api/v1/events.json')).json()) as { data: unknown[] };
    const ics = await (await fetch('/feeds/storylines/bsca.es.ics')).text();
    return {
      ok: doc !== null && doc.querySelector('parsererror') === null,
      entries: doc?.querySelectorAll('entry').length,
      events: events.data.length,
      vevents: ics.split('BEGIN:VEVENT').length - 1,
    };
  });
  expect(parsed).toEqual({ ok: true, entries: parsed.events, events: parsed.events, vevents: 4 });
  await page.goto('/es/timeline');
  await expect(page.getByRole('link', { name: 'Calendario (.ics)' })).toHaveAttribute(
    'href',
    '/feeds/events.es.ics',
  );
});
