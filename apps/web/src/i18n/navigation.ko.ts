import type { Resources } from './en';

/** 단축키 시트의 캔버스 조작 방식 문구 (navigation.en.ts와 같은 키). */
export const navigationKo: Resources['navigation'] = {
  title: '마우스와 트랙패드',
  schemes: {
    'drag-selects': { name: '드래그로 선택, 휠로 스크롤', hint: 'Excalidraw, tldraw와 같은 방식' },
    'drag-pans': { name: '드래그로 이동, 휠로 확대/축소', hint: '기존 캔버스 방식' },
  },
  gestures: {
    boxSelect: '상자로 선택',
    pan: '캔버스 이동',
    scroll: '스크롤',
    scrollSideways: '가로로 스크롤',
    zoom: '포인터 위치에서 확대/축소',
    addNote: '메모 추가',
  },
  keys: {
    drag: '드래그',
    space: 'Space',
    middleDrag: '가운데 버튼 드래그',
    wheel: '휠',
    pinch: '핀치',
    doubleClick: '더블클릭',
    or: '또는',
  },
};
