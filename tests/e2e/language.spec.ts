import { expect, test, type User } from './fixtures';
import { englishText, watchMissingKeys } from './uiLanguage';

/** Fails with the English text (chrome or findings) the screen still shows, named by the step. */
async function expectAllKorean(user: User, step: string): Promise<void> {
  expect(await englishText(user.page), `English text on ${step}`).toEqual([]);
}

test('a Korean browser gets every screen in Korean: no resource key missing in ko, no English chrome or rule text', async ({ newUser }) => {
  const jimin = await newUser('지민', { locale: 'ko-KR' });
  const { page } = jimin;
  const missing = await watchMissingKeys(page.context(), page);

  // Landing: the browser's language, with the switcher saying so.
  await jimin.landing.goto();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('heading', { name: '시스템 설계를 함께, 실시간으로.' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: '언어' })).toHaveValue('ko');
  await expectAllKorean(jimin, 'the landing page');
  await page.getByRole('button', { name: '템플릿으로 시작' }).click();
  const gallery = page.getByRole('dialog', { name: '템플릿으로 시작하기' });
  await expect(gallery).toBeVisible();
  await expectAllKorean(jimin, 'the template gallery');
  await gallery.getByRole('button', { name: '닫기' }).click();

  // The board screen, after the name question.
  await page.getByRole('button', { name: '새 보드' }).click();
  await expect(page).toHaveURL(/\/b\/[^/]+#key=/);
  await page.getByLabel('이름', { exact: true }).fill('지민');
  await page.getByRole('button', { name: '보드 참여' }).click();
  await expect(page.getByRole('application', { name: '보드 캔버스' })).toBeVisible();
  await expect(page.getByRole('status', { name: '실시간' })).toBeVisible();
  const palette = page.getByRole('complementary', { name: '컴포넌트' });
  await palette.getByRole('button', { name: '로드밸런서 추가' }).click();
  await palette.getByRole('button', { name: '캐시 추가' }).click();
  await expect(page.getByRole('group', { name: '캐시, 캐시' })).toBeVisible();
  await expectAllKorean(jimin, 'the board screen');

  // Inspector tabs: properties of the selection, findings, estimate.
  const inspector = page.getByRole('complementary', { name: '인스펙터' });
  await page.getByRole('group', { name: '캐시, 캐시' }).click();
  await inspector.getByRole('tab', { name: /^속성/ }).click();
  await expect(inspector.getByLabel('인스턴스', { exact: true })).toBeVisible();
  await expectAllKorean(jimin, 'the properties tab');
  await inspector.getByRole('tab', { name: /^진단/ }).click();
  await expect(inspector.getByRole('tab', { name: /^진단/ })).toHaveAttribute('aria-selected', 'true');
  // A finding with its message and fix is on screen, so the walk reads the rules' text too.
  const noExpiry = inspector.getByRole('listitem', { name: '만료되지 않는 캐시 항목' });
  await expect(noExpiry.getByText(/^"캐시": /)).toBeVisible();
  await expect(noExpiry.getByText(/^"캐시"의 TTL을 설정하고/)).toBeVisible();
  await expectAllKorean(jimin, 'the findings tab');
  await inspector.getByRole('tab', { name: /^추정/ }).click();
  await inspector.getByRole('button', { name: '트위터 예제 사용' }).click();
  await expect(inspector.getByRole('rowheader', { name: '최대 쓰기 QPS', exact: true })).toBeVisible();
  await expectAllKorean(jimin, 'the estimate tab');

  // The interview guide.
  await page.getByRole('button', { name: '면접 시작' }).click();
  const bar = page.getByRole('region', { name: '면접' });
  await expect(bar.getByTestId('interview-phase')).toHaveText('설계 범위');
  await bar.getByRole('button', { name: '면접 가이드' }).click();
  const guide = page.getByRole('dialog', { name: '면접 가이드' });
  await expect(guide.getByRole('group', { name: '설계 범위 체크리스트' })).toBeVisible();
  await expectAllKorean(jimin, 'the interview guide');
  await guide.getByRole('button', { name: '면접 가이드 닫기' }).click();

  // The export dialog, in every format.
  await page.getByRole('button', { name: '내보내기', exact: true }).click();
  const exporting = page.getByRole('dialog', { name: '보드 내보내기' });
  await expect(exporting).toBeVisible();
  for (const format of ['SVG', 'JSON', '보고서', 'PNG']) {
    await exporting.getByRole('group', { name: '형식' }).getByRole('radio', { name: format, exact: true }).check();
    await expectAllKorean(jimin, `the export dialog (${format})`);
  }
  await exporting.getByRole('button', { name: '내보내기 닫기' }).click();

  // The shortcuts sheet and the share dialog.
  await page.getByRole('button', { name: '키보드 단축키' }).click();
  const sheet = page.getByRole('dialog', { name: '키보드 단축키' });
  await expect(sheet.getByText('실행 취소', { exact: true })).toBeVisible();
  await expectAllKorean(jimin, 'the shortcuts sheet');
  await sheet.getByRole('button', { name: '닫기' }).click();
  await page.getByRole('button', { name: '공유', exact: true }).click();
  const share = page.getByRole('dialog', { name: '이 보드 공유' });
  await expect(share.getByLabel('편집 링크', { exact: true })).toBeVisible();
  await expectAllKorean(jimin, 'the share dialog');
  await share.getByRole('button', { name: '닫기', exact: true }).first().click();

  // The history panel: a version's preview, then the replay.
  await page.getByRole('button', { name: '기록', exact: true }).click();
  const history = page.getByRole('region', { name: '기록', exact: true });
  const firstVersion = history.getByRole('button', { name: /^버전 \d+, / }).last();
  await firstVersion.click();
  await expect(page.getByRole('region', { name: /^버전 \d+ 보는 중 \(읽기 전용\)$/ })).toBeVisible();
  await expectAllKorean(jimin, 'a version preview');
  await history.getByRole('button', { name: '다시 보기', exact: true }).click();
  await expect(history.getByRole('group', { name: '다시 보기 플레이어' })).toBeVisible();
  await expectAllKorean(jimin, 'the replay player');

  expect([...new Set(missing)]).toEqual([]);
});

test('switching to English and back works on the landing page and the board, and is remembered across reloads', async ({ newUser }) => {
  const jimin = await newUser('지민', { locale: 'ko-KR' });
  const { page } = jimin;
  await jimin.landing.goto();
  await expect(page.getByRole('button', { name: '새 보드' })).toBeVisible();

  await page.getByRole('combobox', { name: '언어' }).selectOption('en');
  await expect(page.getByRole('button', { name: 'New board' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The Korean browser asks for Korean, but the choice wins after a reload.
  await page.reload();
  await expect(page.getByRole('button', { name: 'New board' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en');

  await jimin.landing.newBoard();
  await jimin.board.joinAs('Jimin');
  await expect(page.getByRole('tab', { name: /^Properties/ })).toBeVisible();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  await expect(page.getByRole('tab', { name: /^속성/ })).toBeVisible();
  await expect(page.getByRole('status', { name: '실시간' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await page.reload();
  await expect(page.getByRole('tab', { name: /^속성/ })).toBeVisible();
  await expect(page.getByRole('combobox', { name: '언어' })).toHaveValue('ko');
});

test('two people on one board each see the UI in their own language; the board content stays as typed', async ({ newUser }) => {
  const jimin = await newUser('지민', { locale: 'ko-KR' });
  const ada = await newUser('Ada', { locale: 'en-US' });

  await jimin.landing.goto();
  await jimin.page.getByRole('button', { name: '새 보드' }).click();
  await expect(jimin.page).toHaveURL(/\/b\/[^/]+#key=/);
  await jimin.page.getByLabel('이름', { exact: true }).fill('지민');
  await jimin.page.getByRole('button', { name: '보드 참여' }).click();
  await jimin.page.getByRole('complementary', { name: '컴포넌트' }).getByRole('button', { name: '캐시 추가' }).click();
  await expect(jimin.page.getByRole('group', { name: '캐시, 캐시' })).toBeVisible();

  await jimin.page.getByRole('button', { name: '공유', exact: true }).click();
  const share = jimin.page.getByRole('dialog', { name: '이 보드 공유' });
  const editLink = await share.getByLabel('편집 링크', { exact: true }).inputValue();
  await share.getByRole('button', { name: '닫기', exact: true }).first().click();
  await ada.board.open(editLink, 'Ada');

  // The label and the title are content: as the Korean person typed them, for both.
  await expect(ada.page.getByRole('group', { name: '캐시, Cache' })).toBeVisible();
  await expect(ada.page.getByRole('textbox', { name: 'Board title' })).toHaveValue('제목 없는 보드');
  await expect(ada.page.getByRole('tab', { name: /^Properties/ })).toBeVisible();
  await expect(ada.page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(jimin.page.getByRole('tab', { name: /^속성/ })).toBeVisible();

  // Ada's edit reaches Jimin, and neither one's language moves the other's.
  await ada.board.addFromPalette('Load balancer');
  await expect(jimin.page.getByRole('group', { name: 'LB, 로드밸런서' })).toBeVisible();
  await ada.page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  await expect(ada.page.getByRole('tab', { name: /^속성/ })).toBeVisible();
  await jimin.page.getByRole('combobox', { name: '언어' }).selectOption('en');
  await expect(jimin.page.getByRole('group', { name: 'LB, Load balancer' })).toBeVisible();
  await expect(ada.page.getByRole('group', { name: '캐시, 캐시' })).toBeVisible();
});
